import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SECTIONS, sectionPath } from '../../src/components/rights/sections'
import { INFO_REMINDER_KINDS, REMINDER_KINDS } from '../../src/domain/reminders'
import { axeViolations } from './support/axe'
import { foreignRequests, startProject } from './support/browser'
import type { Lang } from './support/routes'
import { browserSession, servedBuild } from './support/suite'

const LANGS = ['en', 'fr', 'nl'] as const
const locales = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(readFileSync(resolve(process.cwd(), 'locales', `${l}.json`), 'utf8'))]))
const text = (lang: Lang, key: string): string =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locales[lang]) as string

/** Every screen of "My rights", with the locale key of its heading. */
const SCREENS = [
  { path: '/rights', heading: 'nav.rights' },
  ...SECTIONS.map((s) => ({ path: sectionPath(s.id), heading: `rights.sections.${s.id}.title` })),
  { path: '/rights/glossary', heading: 'glossary.title' },
  { path: '/rights/isip-check', heading: 'isip_check.title' },
  ...[...REMINDER_KINDS, ...INFO_REMINDER_KINDS].map((kind) => ({ path: `/rights/rules/${kind}`, heading: `reminders.${kind.replace(/-/g, '_')}.label` })),
]

const server = servedBuild()
const session = browserSession({ locale: 'en-GB', width: 320, height: 640 })

async function useLanguage(lang: Lang) {
  const { page } = session
  if (!page.url().startsWith(server.url)) {
    await page.goto(server.url + '/')
    await page.locator('h1').waitFor()
  }
  await page.evaluate((l) => localStorage.setItem('isip-own.language', l), lang)
}

/** No axe violation, and nothing scrolls sideways at 320 px. */
async function expectClean(where: string) {
  const { page } = session
  await page.waitForTimeout(100)
  const violations = await axeViolations(page)
  expect(violations, `${where}: ${JSON.stringify(violations, null, 1)}`).toEqual([])
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `${where} scrolls sideways at 320 px`).toBeLessThanOrEqual(0)
}

describe('My rights in the browser', () => {
  for (const lang of LANGS) {
    it(`shows every rights screen in ${lang}, axe-clean at 320 px without sideways scrolling`, async () => {
      const { page } = session
      await useLanguage(lang)
      for (const screen of SCREENS) {
        await page.goto(server.url + screen.path)
        await expect.poll(() => page.locator('h1').textContent(), { message: `${lang} ${screen.path}`, timeout: 10_000 }).toBe(text(lang, screen.heading))
        expect(await page.getAttribute('html', 'lang')).toBe(lang)
        await expectClean(`${lang} ${screen.path}`)
      }
    }, 240_000)
  }

  it('stays clean with an answer to "must I have an ISIP?" and a filtered glossary', async () => {
    const { page } = session
    await useLanguage('fr')
    await page.goto(server.url + '/rights/isip-check')
    await page.locator('[data-testid="isip-age-under_25"]').check()
    await expect.poll(() => page.locator('[data-testid="isip-check-result"]').getAttribute('data-answer')).toBe('yes')
    await expectClean('isip-check answered')
    await page.goto(server.url + '/rights/glossary')
    await page.locator('#glossary-filter').fill('aanmaning')
    await expect.poll(() => page.locator('[data-term]').count()).toBe(1)
    await expectClean('glossary filtered')
  })

  it('opens "why this date?" from a reminder on Today: a meeting asked on Friday 18 December 2026 is due Monday 28 December', async () => {
    const { page } = session
    await useLanguage('en')
    await page.goto(server.url + '/')
    await startProject(page)
    // The meeting request is stored as the Meetings screen stores it (that screen is not part of this test).
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('isip-own')
          open.onerror = () => fail(open.error)
          open.onsuccess = () => {
            const db = open.result
            const read = db.transaction('projects').objectStore('projects').getAll()
            read.onsuccess = () => {
              const projectId = (read.result[0] as { id: string }).id
              const tx = db.transaction('meetingRequests', 'readwrite')
              tx.objectStore('meetingRequests').put({ id: 'm-e2e', projectId, askedOn: '2026-12-18', how: 'phone' })
              tx.oncomplete = () => {
                db.close()
                done()
              }
              tx.onerror = () => fail(tx.error)
            }
          }
        }),
    )
    await page.reload()
    const reminder = page.locator('[data-reminder-kind="meeting-due"]')
    await reminder.waitFor()
    await reminder.locator('button[aria-controls$="-why"]').click()
    await reminder.locator('a[href^="/rights/rules/meeting-due"]').click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Meeting you asked for')
    expect(new URL(page.url()).searchParams.get('reminder')).toBe('meeting-due:m-e2e')
    const own = page.locator('[data-testid="own-count"]')
    await own.waitFor()
    expect(await own.getAttribute('data-due')).toBe('2026-12-28')
    expect(await page.locator('[data-testid="count-summary"]').textContent()).toContain('Christmas Day')
    await expectClean('why this date, own reminder')
  })

  it('asked no other origin for anything', () => {
    expect(session.requests.length).toBeGreaterThan(10)
    expect(foreignRequests(session.requests, server.url)).toEqual([])
  })
})
