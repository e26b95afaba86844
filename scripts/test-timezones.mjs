#!/usr/bin/env node
// Runs the date and rules tests in four time zones: a calendar date must never shift with the clock's zone.
import { spawnSync } from 'node:child_process'

const zones = ['Europe/Brussels', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']
for (const tz of zones) {
  console.log(`\n— domain tests in TZ=${tz}`)
  const run = spawnSync('npx', ['vitest', 'run', 'tests/unit/domain'], { stdio: 'inherit', env: { ...process.env, TZ: tz } })
  if (run.status !== 0) {
    console.error(`Domain tests failed in TZ=${tz}: a date is being read as a local Date somewhere. Fix it in src/domain/dates.ts.`)
    process.exit(run.status ?? 1)
  }
}
