import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openSession, type Session } from './support/browser'
import { servedBuild } from './support/suite'

// A window that cannot keep anything: IndexedDB gone (some private windows), or failing to open (a site blocked
// in the browser's settings, a broken profile). Each runs in a fresh profile, IndexedDB broken before any script.

/** Scripts run in the page before the app's own. */
const BREAK = {
  missing: () => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
  },
  'failing to open': () => {
    // As Chromium answers for a site not allowed to store data: the open request ends in an error.
    IDBFactory.prototype.open = function () {
      const request = { error: new DOMException('The user denied permission to access the database.', 'UnknownError') } as unknown as IDBOpenDBRequest
      setTimeout(() => request.onerror?.({ target: request, preventDefault() {}, stopPropagation() {} } as unknown as Event))
      return request
    }
  },
} as const

const server = servedBuild()

const banner = (page: Page) => page.locator('[data-testid="storage-unavailable"]')
/** What the screen says, once it has had time to say "Loading…" if it were going to stay there. */
async function mainText(page: Page): Promise<string> {
  await page.locator('[data-testid="screen-unavailable"]').waitFor({ timeout: 10_000 })
  await page.waitForTimeout(1500)
  return (await page.locator('main').textContent()) ?? ''
}

describe.each(Object.keys(BREAK) as (keyof typeof BREAK)[])('with IndexedDB %s', (how) => {
  let session: Session
  const errors: string[] = []

  beforeAll(async () => {
    session = await openSession({ locale: 'fr-BE' })
    await session.context.addInitScript(BREAK[how])
    session.page.on('pageerror', (error) => errors.push(error.message))
  })
  afterAll(async () => {
    await session?.close()
  })

  it('says from the first screen that nothing can be kept here and what to do, and Today does not say "Loading…"', async () => {
    const { page } = session
    await page.goto(server.url + '/')
    await banner(page).waitFor({ timeout: 15_000 })
    const text = (await banner(page).textContent()) ?? ''
    expect(text).toContain('Rien ne peut être gardé dans cette fenêtre.')
    expect(text).toContain('Ouvrez l’application dans une fenêtre normale')
    expect(await banner(page).getAttribute('role')).toBe('alert')
    const main = await mainText(page)
    expect(main).not.toContain('Chargement…')
    // No start form that could not save.
    expect(await page.locator('[data-testid="project-start-form"]').count()).toBe(0)
  })

  it('says it on the contract screen too, which does not say "Loading…" either', async () => {
    const { page } = session
    await page.goto(server.url + '/contract')
    await banner(page).waitFor({ timeout: 15_000 })
    expect(await mainText(page)).not.toContain('Chargement…')
    expect(await banner(page).count()).toBe(1)
  })

  it('does not claim in Settings that the data is kept', async () => {
    const { page } = session
    await page.goto(server.url + '/settings')
    const state = page.locator('[data-testid="storage-state"]')
    await expect.poll(() => state.getAttribute('data-state'), { timeout: 15_000 }).toBe('unavailable')
    expect(await page.locator('[data-testid="storage-health"]').textContent()).toContain('Rien ne peut être gardé dans cette fenêtre.')
    expect(await page.locator('[data-testid="storage-health"]').textContent()).not.toContain('il ne les effacera pas')
  })

  it('breaks nothing else: no error thrown in the page', () => {
    expect(errors).toEqual([])
  })
})
