import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/browser-path.mjs'
import { DIST } from '../e2e/support/dist'
import { serveBuild } from '../e2e/support/server'
import { median, report } from './report'

let server: Awaited<ReturnType<typeof serveBuild>>
beforeAll(async () => {
  server = await serveBuild(DIST)
})
afterAll(async () => server?.close())

interface LighthouseResult {
  categories: Record<string, { score: number }>
  audits: Record<string, { numericValue: number }>
}

/**
 * One Lighthouse run, mobile form factor with simulated throttling (its defaults).
 * Asynchronous: the build is served from this same process, which must keep answering.
 */
async function lighthouse(url: string): Promise<LighthouseResult> {
  const { stdout } = await promisify(execFile)(
    'node_modules/.bin/lighthouse',
    [url, '--output=json', '--output-path=stdout', '--quiet', '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: findBrowser() }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
  )
  return JSON.parse(stdout) as LighthouseResult
}

it('Lighthouse mobile, median of 3 runs', async () => {
  const runs: LighthouseResult[] = []
  for (let i = 0; i < 3; i++) runs.push(await lighthouse(server.url + '/'))
  const score = (id: string) => median(runs.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100)))
  const audit = (id: string) => median(runs.map((r) => r.audits[id]?.numericValue ?? NaN))
  console.log('\nLighthouse (mobile, simulated throttling, median of 3)')
  report('performance / accessibility / best practices', `${score('performance')} / ${score('accessibility')} / ${score('best-practices')}`)
  report('LCP / TBT / CLS', `${(audit('largest-contentful-paint') / 1000).toFixed(2)} s / ${audit('total-blocking-time').toFixed(0)} ms / ${audit('cumulative-layout-shift').toFixed(3)}`)
  expect(runs).toHaveLength(3)
}, 180_000)
