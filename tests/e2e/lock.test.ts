import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations } from './support/axe'
import { openSession, startProject, waitForWorkerControl, type Session } from './support/browser'
import { servedBuild } from './support/suite'

/**
 * Issue 11, items 1–4 and 8, in Chromium: with the lock on, what is typed through the screens is not in IndexedDB
 * as text (read raw, by a page that runs none of the app); a wrong passphrase is refused and, after five, the next
 * try waits, across a reload too; on → off → on keeps every record; auto-lock shows the lock screen, which holds
 * nothing of the person, and the half-typed answer comes back after unlocking.
 */

const PASSPHRASE = 'three blue herons'
const MARKERS = {
  pcsw: 'CPAS de Markerville',
  answer: 'MarkerAnswer about my flat',
  step: 'MarkerStep call the school',
  letter: 'MarkerLetter income too high',
  decidedOn: '2026-03-04',
  notifiedOn: '2026-03-06',
}

const server = servedBuild()

/** Every row of the app's database as raw text (ciphertext decoded as UTF-8 too), read by a page that runs none of the app. */
async function rawDatabase(session: Session): Promise<{ text: string; counts: Record<string, number> }> {
  const probe = await session.context.newPage()
  await probe.route(`${server.url}/probe`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>probe</title>' }))
  await probe.goto(`${server.url}/probe`)
  const raw = await probe.evaluate(
    () =>
      new Promise<{ text: string; counts: Record<string, number> }>((resolve, reject) => {
        const open = indexedDB.open('isip-own')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const names = [...db.objectStoreNames]
          const tx = db.transaction(names)
          const counts: Record<string, number> = {}
          const parts: string[] = []
          const decoder = new TextDecoder('utf-8', { fatal: false })
          const flat = (value: unknown): unknown => {
            if (value instanceof ArrayBuffer) return decoder.decode(value)
            if (ArrayBuffer.isView(value)) return decoder.decode(value)
            if (Array.isArray(value)) return value.map(flat)
            if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, flat(v)]))
            return value
          }
          for (const name of names) {
            const request = tx.objectStore(name).getAll()
            request.onsuccess = () => {
              counts[name] = request.result.length
              parts.push(name, JSON.stringify(request.result.map(flat)))
            }
          }
          tx.oncomplete = () => {
            db.close()
            resolve({ text: parts.join('\n'), counts })
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
  await probe.close()
  return raw
}

const found = (text: string) => Object.values(MARKERS).filter((marker) => text.includes(marker))
const h1 = (page: Page) => page.locator('h1').first().textContent()

async function turnOnLock(page: Page): Promise<void> {
  await page.goto(server.url + '/settings')
  await page.locator('[data-testid="lock-start"]').click()
  // Before anything is set: a forgotten passphrase cannot be recovered, and a copy is offered.
  expect(await page.locator('[data-testid="settings-lock"]').textContent()).toContain('There is no way to recover it.')
  await page.locator('[data-testid="lock-copy-first"]').waitFor()
  await page.locator('[data-testid="lock-continue"]').click()
  await page.locator('#lock-new').fill(PASSPHRASE)
  await page.locator('#lock-again').fill(PASSPHRASE)
  await page.locator('[data-testid="lock-submit"]').click()
  await expect.poll(() => page.locator('[data-testid="lock-status"]').textContent(), { timeout: 20_000 }).toBe('The lock is on. Your data is now stored encrypted.')
}

async function unlockWith(page: Page, secret: string): Promise<void> {
  await page.locator('#lock-secret').fill(secret)
  await page.locator('[data-testid="lock-open"]').click()
}

/** Opens a screen by its address: a full load, so with the lock on the lock screen comes first. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(server.url + path)
  await page.locator('#app[data-v-app]').waitFor({ state: 'attached' })
  if (await page.locator('[data-testid="lock-screen"]').isVisible()) {
    await unlockWith(page, PASSPHRASE)
    await page.locator('[data-testid="lock-screen"]').waitFor({ state: 'detached', timeout: 20_000 })
  }
}

describe('the lock in Chromium', () => {
  let session: Session
  beforeAll(async () => {
    session = await openSession({ width: 320 })
  })
  afterAll(async () => {
    await session?.close()
  })

  it('with the lock on, nothing typed through the screens is in IndexedDB as text', async () => {
    const { page } = session
    await page.goto(server.url + '/')
    await waitForWorkerControl(page)
    await startProject(page, { pcsw: MARKERS.pcsw })
    await turnOnLock(page)

    await visit(page, '/project/reflection/needs')
    await page.locator('#reflection-answer').fill(MARKERS.answer)
    await page.locator('[data-testid="reflection-next"]').click()
    await expect.poll(() => h1(page)).not.toContain('need?')

    await visit(page, '/project/plan')
    await page.locator('#step-add').click()
    await page.locator('#step-title').fill(MARKERS.step)
    await page.locator('[data-testid="step-form"] button[type="submit"]').click()
    await page.getByText(MARKERS.step).first().waitFor()

    await visit(page, '/letters')
    const form = page.locator('form.card[data-testid="letter-form"]')
    await form.locator('input[name="letter-kind"][value="refusal"]').check()
    await page.locator('#letter-decidedOn').fill(MARKERS.decidedOn)
    await page.locator('#letter-notifiedOn').fill(MARKERS.notifiedOn)
    await page.locator('#letter-summary').fill(MARKERS.letter)
    await form.locator('button[type="submit"]').click()
    await page.locator('[data-testid="letter"][data-kind="refusal"]').waitFor()

    const raw = await rawDatabase(session)
    expect(raw.counts.steps).toBeGreaterThan(0)
    expect(raw.counts.decisions).toBe(1)
    expect(found(raw.text)).toEqual([])
    // Nothing left in plain sessionStorage or localStorage either.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))
    expect(found(stored)).toEqual([])
  })

  it('shows the lock screen after a reload, with nothing of the person, and refuses a wrong passphrase; the sixth try waits, after a reload too', async () => {
    const { page } = session
    await page.reload()
    await page.locator('[data-testid="lock-screen"]').waitFor()
    expect(await h1(page)).toBe('My ISIP is locked')
    const html = await page.content()
    expect(found(html)).toEqual([])
    expect(html).not.toContain('Markerville')
    expect(await axeViolations(page)).toEqual([])
    // 320 px wide: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    for (let attempt = 1; attempt <= 5; attempt++) {
      await unlockWith(page, `wrong ${attempt}`)
      await expect
        .poll(() => page.locator('#lock-secret-error').textContent(), { timeout: 20_000 })
        .toBe('That passphrase does not open the app. Check capital letters and spaces, and try again.')
      if (attempt < 5) await expect.poll(() => page.locator('[data-testid="lock-open"]').isEnabled()).toBe(true)
    }
    // The sixth try waits: the button is off and the wait is shown and said (politely) to screen readers.
    await page.locator('[data-testid="lock-wait"]').waitFor()
    expect(await page.locator('[data-testid="lock-open"]').isDisabled()).toBe(true)
    expect(await page.locator('[data-testid="lock-wait"]').textContent()).toMatch(/you can try again in (2\d|30) seconds\./)
    expect(await page.locator('[aria-live="polite"]').textContent()).toMatch(/^Please wait (2\d|30) seconds before the next try\.$/)
    await page.reload()
    await page.locator('[data-testid="lock-wait"]').waitFor()
    expect(await page.locator('[data-testid="lock-open"]').isDisabled()).toBe(true)
  })

  it('opens with the right passphrase once the wait is over, and every record is there', async () => {
    const { page } = session
    // The 30 seconds pass (the wait row is the app's own, kept plain): move its end to now.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('isip-own')
          open.onsuccess = () => {
            const tx = open.result.transaction('settings', 'readwrite')
            const store = tx.objectStore('settings')
            const get = store.get('device:lock-wait')
            get.onsuccess = () => store.put({ key: 'device:lock-wait', value: { ...get.result.value, until: Date.now() - 1 } })
            tx.oncomplete = () => {
              open.result.close()
              resolve()
            }
            tx.onerror = () => reject(tx.error)
          }
        }),
    )
    await page.goto(server.url + '/')
    await page.locator('[data-testid="lock-screen"]').waitFor()
    await unlockWith(page, PASSPHRASE)
    await page.locator('[data-testid="project-card"]').waitFor({ timeout: 20_000 })
    expect(await page.locator('[data-testid="project-card"]').textContent()).toContain(MARKERS.pcsw)
    // The field that had the focus went with the lock screen: the screen's heading has it now.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
  })

  it('lock on → off → on leaves every record intact', async () => {
    const { page } = session
    // Every table keeps its rows; settings lose only the lock's own row while the lock is off.
    const withoutLock = ({ settings, ...rest }: Record<string, number>) => ({ ...rest, settings: settings! - 1 })
    const before = (await rawDatabase(session)).counts
    await visit(page, '/settings')
    await page.locator('[data-testid="lock-off"]').click()
    await page.locator('#lock-current').fill('not it')
    await page.locator('[data-testid="lock-submit"]').click()
    await expect.poll(() => page.locator('#lock-current-error').textContent(), { timeout: 20_000 }).toContain('That passphrase does not open the app.')
    await page.locator('#lock-current').fill(PASSPHRASE)
    await page.locator('[data-testid="lock-submit"]').click()
    await expect.poll(() => page.locator('[data-testid="lock-status"]').textContent(), { timeout: 20_000 }).toBe('The lock is off. Your data is stored without encryption again.')
    const plain = await rawDatabase(session)
    // Off: every marker is back in plain rows (nothing was lost), and no row is sealed.
    expect(found(plain.text).sort()).toEqual(Object.values(MARKERS).sort())
    expect(plain.text).not.toContain('_sealed')
    expect(plain.counts).toEqual(withoutLock(before))

    await turnOnLock(page)
    const sealed = await rawDatabase(session)
    expect(sealed.counts).toEqual(before)
    expect(found(sealed.text)).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await visit(page, '/project/plan')
    await page.getByText(MARKERS.step).first().waitFor()
    await visit(page, '/letters')
    await page.getByText(MARKERS.letter).first().waitFor()
  })
})

describe('auto-lock in Chromium', () => {
  let session: Session
  beforeAll(async () => {
    session = await openSession()
  })
  afterAll(async () => {
    await session?.close()
  })

  it('locks after the idle time: the lock screen holds nothing of the person, and the half-typed answer comes back', async () => {
    const { page } = session
    await page.clock.install()
    await page.goto(server.url + '/')
    await startProject(page, { pcsw: MARKERS.pcsw })
    await turnOnLock(page)
    await page.locator('#lock-idle').selectOption('1')
    await expect.poll(() => page.locator('[data-testid="lock-status"]').textContent()).toBe('Saved: the app locks by itself after 1\u00a0minute without use.')
    await visit(page, '/project/reflection/needs')
    await page.locator('#reflection-answer').fill(MARKERS.answer)
    await page.waitForTimeout(500)
    await page.clock.fastForward('01:30')
    await page.locator('[data-testid="lock-screen"]').waitFor({ timeout: 20_000 })
    expect(found(await page.content())).toEqual([])
    await unlockWith(page, PASSPHRASE)
    await expect.poll(() => page.locator('#reflection-answer').inputValue(), { timeout: 20_000 }).toBe(MARKERS.answer)
  })
})
