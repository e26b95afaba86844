import { readFileSync, statSync } from 'node:fs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openSession, waitForWorkerControl, type Session } from '../e2e/support/browser'
import { DIST } from '../e2e/support/dist'
import { serveBuild } from '../e2e/support/server'
import { kib, median, report } from './report'
import { seedTenYears, tenYears, todayIso } from './ten-years'

/**
 * Making and opening a copy of the ten-year project, through the screens of a headless Chromium: Settings → Make a
 * copy until the browser has the file, and Open a copy → what it holds (read and checked), then → replaced. With a
 * passphrase, the key derivation (PBKDF2-SHA-256, 600,000 iterations) is measured on its own too.
 */
let server: Awaited<ReturnType<typeof serveBuild>>
let session: Session

beforeAll(async () => {
  server = await serveBuild(DIST)
  session = await openSession()
})
afterAll(async () => {
  await session?.close()
  await server?.close()
})

async function timedCopy(page: Page, passphrase?: string): Promise<{ ms: number; path: string }> {
  await page.goto(server.url + '/settings')
  if (passphrase) {
    await page.locator('[data-testid="backup-protect"]').check()
    await page.locator('#backup-passphrase').fill(passphrase)
    await page.locator('#backup-passphrase-again').fill(passphrase)
  }
  const started = performance.now()
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('[data-testid="make-copy"]').click()])
  const ms = performance.now() - started
  return { ms, path: await download.path() }
}

async function timedOpen(page: Page, path: string, passphrase?: string): Promise<{ read: number; replace: number }> {
  await page.goto(server.url + '/settings/open-copy')
  await page.locator('[data-testid="copy-file"]').setInputFiles(path)
  if (passphrase) {
    await page.locator('[data-testid="copy-read"]').click()
    await page.locator('[data-testid="copy-passphrase"]').fill(passphrase)
  }
  const started = performance.now()
  await page.locator('[data-testid="copy-read"]').click()
  await page.locator('[data-testid="copy-preview"]').waitFor({ timeout: 60_000 })
  const read = performance.now() - started
  await page.locator('[data-testid="copy-replace"]').click()
  const replacing = performance.now()
  await page.locator('[data-testid="copy-replace-yes"]').click()
  await page.locator('[data-testid="copy-done"]').waitFor({ timeout: 60_000 })
  return { read, replace: performance.now() - replacing }
}

it('a copy of the ten-year project: made, read and restored', async () => {
  const { page } = session
  await page.goto(server.url + '/')
  await page.locator('h1').waitFor()
  await waitForWorkerControl(page)
  await seedTenYears(page, tenYears(todayIso()))

  const kdf = await page.evaluate(async () => {
    const times: number[] = []
    for (let i = 0; i < 3; i++) {
      const at = performance.now()
      const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('a passphrase'), 'PBKDF2', false, ['deriveBits'])
      await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: crypto.getRandomValues(new Uint8Array(16)), iterations: 600_000 }, material, 512)
      times.push(performance.now() - at)
    }
    return times
  })
  const plain = { make: [] as number[], read: [] as number[], replace: [] as number[] }
  const sealed = { make: [] as number[], read: [] as number[], replace: [] as number[] }
  let plainPath = ''
  let sealedPath = ''
  for (let i = 0; i < 5; i++) {
    const copy = await timedCopy(page)
    plain.make.push(copy.ms)
    plainPath = copy.path
    const opened = await timedOpen(page, copy.path)
    plain.read.push(opened.read)
    plain.replace.push(opened.replace)
  }
  for (let i = 0; i < 3; i++) {
    const copy = await timedCopy(page, 'seven little goats')
    sealed.make.push(copy.ms)
    sealedPath = copy.path
    const opened = await timedOpen(page, copy.path, 'seven little goats')
    sealed.read.push(opened.read)
    sealed.replace.push(opened.replace)
  }
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`
  const file = JSON.parse(readFileSync(plainPath, 'utf8')) as { data: Record<string, unknown[]> }
  console.log('\nA copy of the ten-year project (1,000 steps, 40 evaluations, 60 letters, 30 meeting requests), headless Chromium')
  report('backup file, plain', kib(statSync(plainPath).size))
  report('backup file, sealed', kib(statSync(sealedPath).size))
  report('key derivation alone (PBKDF2, 600,000), median of 3', ms(kdf))
  report('make a copy, plain (click → file), median of 5', ms(plain.make))
  report('open a copy, plain (click → preview), median of 5', ms(plain.read))
  report('replace (click → done), median of 5', ms(plain.replace))
  report('make a copy, sealed, median of 3', ms(sealed.make))
  report('open a copy, sealed, median of 3', ms(sealed.read))
  expect(file.data.steps).toHaveLength(1000)
})
