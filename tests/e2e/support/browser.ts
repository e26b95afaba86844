import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, findBrowser } from '../../../scripts/browser-path.mjs'

export interface Session {
  context: BrowserContext
  page: Page
  /** Every URL the browser asked for during the session (pages, workers, everything). */
  requests: string[]
  close: () => Promise<void>
}

/** A fresh Chromium profile (no worker, no data) on a phone-sized screen. */
export async function openSession({ locale = 'en-GB', width = 360, height = 740 } = {}): Promise<Session> {
  const executablePath = findBrowser()
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-browser.mjs` (npm test does).')
  const profile = mkdtempSync(join(tmpdir(), 'isip-e2e-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [...CHROMIUM_ARGS, `--lang=${locale}`],
    locale,
    viewport: { width, height },
    serviceWorkers: 'allow',
  })
  const requests: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    requests,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** URLs that went anywhere but the app's own origin (data: and blob: stay on the device). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:'))
}

/** Waits until a service worker controls the page. */
export async function waitForWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, {
    timeout: 20_000,
  })
}

/** Creates a project through the Today form, as a person would. */
export async function startProject(page: Page, { pcsw = 'CPAS de Tournai', municipality = 'Tournai', worker = 'Mme Dubois', companion = 'Samira' } = {}) {
  await page.locator('#pcsw-name').fill(pcsw)
  await page.locator('#municipality').fill(municipality)
  await page.locator('#social-worker').fill(worker)
  await page.locator('#companion').fill(companion)
  await page.locator('[data-testid="project-start-form"] button[type="submit"]').click()
  await page.locator('[data-testid="project-card"]').waitFor()
}
