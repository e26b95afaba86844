import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page, Route } from 'playwright-core'
import { axeViolations } from './support/axe'
import { openSession, startProject, waitForWorkerControl, type Session } from './support/browser'
import { DIST } from './support/dist'
import { servedBuild } from './support/suite'

/**
 * Issue 11, items 5 and 8, in Chromium: a session on a shared device ("This is not my phone") keeps nothing. After
 * "End session" there is no database, no storage key of the session and no cache entry but the app's own precached
 * files; a tab closed or killed mid-session leaves only ciphertext, which the next start wipes before anything is
 * shown; the marker strings typed during the session are found nowhere.
 */

const MARKERS = ['CPAS de Desk-Marker', 'Desk-Worker-Marker', 'Desk-Step-Marker half typed'] as const
const server = servedBuild()
/** The app's own files, as the worker's precache lists them (dist/sw.js). */
let precached: Set<string>

beforeAll(async () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8')
  precached = new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => `/${match[1]}`))
})

/** Everything the origin keeps, as a page of the same origin that runs none of the app sees it (a probe). */
async function whatIsKept(session: Session) {
  const probe = await session.context.newPage()
  // Past the service worker, which would answer any address of the app with the app itself (and start it).
  const cdp = await session.context.newCDPSession(probe)
  await cdp.send('Network.enable')
  await cdp.send('Network.setBypassServiceWorker', { bypass: true })
  await probe.route(`${server.url}/probe`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>probe</title>' }))
  await probe.goto(`${server.url}/probe`)
  const kept = await probe.evaluate(async () => {
    const entries: { url: string; text: string }[] = []
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const request of await cache.keys()) entries.push({ url: request.url, text: (await (await cache.match(request))?.text()) ?? '' })
    }
    /** Every row of every database, as text; sealed bytes decoded as Latin-1 so a plain marker would show. */
    const rows: Record<string, string> = {}
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      rows[name] = await new Promise<string>((resolve, reject) => {
        const open = indexedDB.open(name)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const stores = [...db.objectStoreNames]
          if (stores.length === 0) {
            db.close()
            return resolve('')
          }
          const tx = db.transaction(stores)
          const all: unknown[] = []
          for (const store of stores) tx.objectStore(store).getAll().onsuccess = (event) => all.push(...((event.target as IDBRequest).result as unknown[]))
          const text = (value: unknown): string =>
            value instanceof ArrayBuffer ? new TextDecoder('latin1').decode(value) : value && typeof value === 'object' ? Object.entries(value).map(([k, v]) => `${k}=${text(v)}`).join(' ') : String(value)
          tx.oncomplete = () => {
            db.close()
            resolve(all.map(text).join('\n'))
          }
        }
      })
    }
    return {
      databases: Object.keys(rows),
      rows,
      cacheNames: await caches.keys(),
      cacheEntries: entries,
      localStorage: Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])),
    }
  })
  await probe.close()
  return kept
}

const sessionStore = (page: Page) => page.evaluate(() => Object.fromEntries(Object.keys(sessionStorage).map((key) => [key, sessionStorage.getItem(key)])))

/** No marker anywhere in what is kept, and every cache entry one of the app's own precached files. */
function expectNothingOfTheSession(kept: Awaited<ReturnType<typeof whatIsKept>>, session: Record<string, string | null> = {}) {
  const everything = JSON.stringify([kept.rows, kept.localStorage, session, kept.cacheEntries.map((entry) => entry.text)])
  for (const marker of MARKERS) expect(everything, marker).not.toContain(marker)
  for (const { url } of kept.cacheEntries) expect(precached, url).toContain(new URL(url).pathname)
  expect(kept.cacheNames.every((name) => name.startsWith('workbox-precache'))).toBe(true)
}

/** Starts a session from the first screen and types the markers into it: a project, a step half typed. */
async function workInASession(page: Page): Promise<void> {
  await page.locator('[data-testid="desk-start"]').click()
  await page.locator('[data-testid="desk-banner"]').waitFor()
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('desk-banner-title')
  await startProject(page, { pcsw: MARKERS[0], worker: MARKERS[1] })
  // Inside the app only: a page load would end the session.
  await page.locator('.app-nav a[href="/project"]').click()
  await page.locator('a[href="/project/plan"]').first().click()
  await page.locator('#step-add').click()
  await page.locator('#step-title').fill(MARKERS[2])
  await page.waitForTimeout(400)
}

describe('a session on a shared device, ended with "End session"', () => {
  let session: Session
  beforeAll(async () => {
    session = await openSession({ locale: 'en-GB' })
  })
  afterAll(async () => {
    await session?.close()
  })

  it('leaves no database, no storage key of the session and no cache entry but the app’s own files', async () => {
    const { page, context } = session
    await page.goto(server.url + '/')
    await waitForWorkerControl(page)
    await page.locator('[data-testid="desk-choice"]').waitFor()
    expect(await page.locator('[data-testid="desk-start"]').innerText()).toBe('This is not my phone')
    expect(await axeViolations(page), 'the first screen and its choice').toEqual([])
    const before = await whatIsKept(session)
    const tabBefore = await sessionStore(page)

    await workInASession(page)
    expect(await axeViolations(page), 'a screen of the session, with its banner').toEqual([])
    // The person's own database (empty: only the first screen had made it) is gone; the session's is sealed.
    const during = await whatIsKept(session)
    expect(during.databases).toEqual(['isip-own-desk'])
    expect(during.rows['isip-own-desk']).toContain('_sealed')
    expectNothingOfTheSession(during, await sessionStore(page))
    // The language switched in the session is not remembered.
    await page.locator('.language-switch button[lang="nl"]').first().click()
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('nl')
    await page.locator('.language-switch button[lang="en"]').first().click()
    expect((await whatIsKept(session)).localStorage).toEqual(before.localStorage)

    // The banner, on every screen, leads to the end.
    await page.locator('[data-testid="desk-end-link"]').click()
    await page.locator('[data-testid="desk-wipe"]').waitFor()
    expect(await axeViolations(page), 'the end of the session').toEqual([])
    // At 320 px the banner and the end fit, nothing scrolls sideways, and every button is a 44 px target.
    await page.setViewportSize({ width: 320, height: 640 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    for (const target of ['desk-end-link', 'desk-end', 'make-copy']) {
      const box = await page.locator(`[data-testid="${target}"]`).boundingBox()
      expect(box?.height, target).toBeGreaterThanOrEqual(44)
    }
    await page.setViewportSize({ width: 360, height: 740 })
    await page.locator('[data-testid="desk-end"]').click()
    expect(await page.locator('[data-testid="desk-confirm"]').getAttribute('data-file-taken')).toBe('false')
    await page.locator('[data-testid="desk-take-first"]').click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('backup-passphrase')
    // The file, always with a passphrase: nothing of the session readable in it.
    await page.locator('#backup-passphrase').fill('desk passphrase 2026')
    await page.locator('#backup-passphrase-again').fill('desk passphrase 2026')
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="make-copy"]').click()])
    const file = readFileSync((await download.path())!, 'utf8')
    expect(JSON.parse(file)).toHaveProperty('ciphertext')
    for (const marker of MARKERS) expect(file).not.toContain(marker)

    await page.locator('[data-testid="desk-end"]').click()
    expect(await page.locator('[data-testid="desk-confirm"]').getAttribute('data-file-taken')).toBe('true')
    // Hold the new start of the first screen: what is left is read before it opens anything (past the worker,
    // which would answer the address itself).
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setBypassServiceWorker', { bypass: true })
    const held: Route[] = []
    const firstScreen = (url: URL) => url.origin === server.url && url.pathname === '/'
    await context.route(firstScreen, (route) => {
      held.push(route)
    })
    // The click waits for the navigation it starts, which is held: awaited once it goes on.
    const clicked = page.locator('[data-testid="desk-wipe-yes"]').click()
    await expect.poll(() => held.length, { timeout: 20_000 }).toBe(1)
    const after = await whatIsKept(session)
    expect(after.databases).toEqual([])
    expect(after.localStorage).toEqual(before.localStorage)
    expect(after.cacheEntries.length).toBeGreaterThan(10)
    expectNothingOfTheSession(after)
    await held[0]!.continue()
    await context.unroute(firstScreen)
    await clicked

    // The first screen, as before the session.
    await page.locator('[data-testid="desk-choice"]').waitFor()
    expect(await page.locator('[data-testid="desk-banner"]').count()).toBe(0)
    expect(await page.locator('body').innerText()).not.toContain('Desk-Marker')
    // The tab's sessionStorage was emptied: the new start gave it a new id, and nothing else is there.
    const tabAfter = await sessionStore(page)
    expect(Object.keys(tabAfter)).toEqual(['isip-own.tab'])
    expect(tabAfter['isip-own.tab']).not.toBe(tabBefore['isip-own.tab'])
    expectNothingOfTheSession(await whatIsKept(session), tabAfter)
  })
})

describe('a session on a shared device, its tab closed mid-session', () => {
  let session: Session
  beforeAll(async () => {
    session = await openSession({ locale: 'fr-BE' })
  })
  afterAll(async () => {
    await session?.close()
  })

  it('says it will be wiped, and the next start wipes what is left before anything is shown', async () => {
    const { context } = session
    let page = session.page
    await page.goto(server.url + '/')
    await page.locator('[data-testid="desk-choice"]').waitFor()
    expect(await page.locator('[data-testid="desk-start"]').innerText()).toBe('Ce n’est pas mon téléphone')
    await workInASession(page)
    expect(await page.locator('[data-testid="desk-banner"]').innerText()).toContain('Session sur un appareil partagé')

    // A reload asks first (the browser's own question): dismissed, the session goes on.
    const asked = page.waitForEvent('dialog')
    void page.reload({ timeout: 3000 }).catch(() => undefined)
    const dialog = await asked
    expect(dialog.type()).toBe('beforeunload')
    await dialog.dismiss()
    await page.locator('[data-testid="desk-banner"]').waitFor()
    expect(await page.locator('#step-title').inputValue()).toBe(MARKERS[2])

    // Killed, as a tab the system drops: no page script runs; only ciphertext stays, without its key.
    const cdp = await context.newCDPSession(page)
    await Promise.race([cdp.send('Page.crash').catch(() => undefined), page.waitForEvent('crash')])
    await page.close().catch(() => undefined)
    const left = await whatIsKept(session)
    expect(left.databases).toEqual(['isip-own-desk'])
    expect(left.rows['isip-own-desk']).toContain('_sealed')
    expectNothingOfTheSession(left)

    // The next start: the leftover is deleted before the app mounts or opens any database.
    page = await context.newPage()
    await page.addInitScript(() => {
      const seen: string[] = []
      Object.assign(window, { deskOrder: seen })
      const factory = IDBFactory.prototype
      const deleteDatabase = factory.deleteDatabase
      const open = factory.open
      factory.deleteDatabase = function (name: string) {
        const request = deleteDatabase.call(this, name)
        request.addEventListener('success', () => seen.push(`deleted ${name}`))
        return request
      }
      factory.open = function (name: string, version?: number) {
        seen.push(`opened ${name}`)
        return open.call(this, name, version)
      }
      new MutationObserver((_, observer) => {
        if (document.getElementById('app')?.hasAttribute('data-v-app')) {
          seen.push('mounted')
          observer.disconnect()
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-v-app'] })
    })
    await page.goto(server.url + '/')
    await page.locator('[data-testid="desk-choice"]').waitFor()
    const order = await page.evaluate(() => (window as unknown as { deskOrder: string[] }).deskOrder)
    expect(order[0]).toBe('deleted isip-own-desk')
    expect(order.indexOf('mounted')).toBeGreaterThan(0)
    expect(await page.locator('body').innerText()).not.toContain('Desk-Marker')
    const after = await whatIsKept(session)
    expect(after.databases).not.toContain('isip-own-desk')
    expectNothingOfTheSession(after, await sessionStore(page))
  })

  it('ends with a reload the person lets happen: the new start wipes it', async () => {
    const { context } = session
    const page = await context.newPage()
    await page.goto(server.url + '/')
    await page.locator('[data-testid="desk-choice"]').waitFor()
    await workInASession(page)
    page.once('dialog', (dialog) => void dialog.accept())
    await page.reload()
    // The same address (the plan), now outside any session: it asks for a project of the device's own.
    await page.locator('main h1').waitFor()
    await page.locator('a[href="/"].button, main a[href="/"]').first().waitFor()
    expect(await page.locator('[data-testid="desk-banner"]').count()).toBe(0)
    expect(await page.locator('body').innerText()).not.toContain('Desk-Marker')
    const after = await whatIsKept(session)
    expect(after.databases).not.toContain('isip-own-desk')
    expectNothingOfTheSession(after, await sessionStore(page))
    await page.close()
  })

  it('leaves nothing readable when the tab is simply closed', async () => {
    const { context } = session
    let page = await context.newPage()
    await page.goto(server.url + '/')
    await page.locator('[data-testid="desk-choice"]').waitFor()
    await workInASession(page)
    await page.close()
    const left = await whatIsKept(session)
    // Closing starts the deletion itself; whatever is left is sealed.
    expect(left.rows['isip-own-desk'] ?? '').not.toMatch(/pcsw|Desk-/)
    expectNothingOfTheSession(left)
    page = await context.newPage()
    await page.goto(server.url + '/')
    await page.locator('[data-testid="desk-choice"]').waitFor()
    expect((await whatIsKept(session)).databases).not.toContain('isip-own-desk')
  })
})
