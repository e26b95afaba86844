#!/usr/bin/env node
// Runs `npm ci` when node_modules is missing or was installed from another package-lock.json.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const lock = readFileSync('package-lock.json')
const hash = createHash('sha256').update(lock).digest('hex')
const stamp = 'node_modules/.installed-lock-hash'

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) process.exit(0)

console.log('Installing dependencies (npm ci)…')
const run = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' })
if (run.status !== 0) {
  console.error('npm ci failed: check your network access to the npm registry, then run `npm ci` yourself.')
  process.exit(run.status ?? 1)
}
writeFileSync(stamp, hash)
