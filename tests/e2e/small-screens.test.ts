import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openSession, startProject, type Session } from './support/browser'
import { DIST } from './support/dist'
import { serveBuild } from './support/server'

// Small screens (issue 16, item 9): the bottom bar's labels are whole at 320 and 360 px, in the three languages;
// at 200 % zoom (a 360 × 740 phone is 180 × 370 CSS px) the header scrolls away instead of taking a third of the
// screen, and words are not broken mid-word for want of room.

let server: Awaited<ReturnType<typeof serveBuild>>
const sessions: Session[] = []

beforeAll(async () => {
  server = await serveBuild(DIST)
})

afterAll(async () => {
  for (const session of sessions) await session.close()
  await server?.close()
})

async function open(width: number, height: number, language: 'fr' | 'nl' | 'en'): Promise<Page> {
  const session = await openSession({ width, height })
  sessions.push(session)
  await session.page.goto(server.url + '/')
  await session.page.evaluate((lang) => localStorage.setItem('isip-own.language', lang), language)
  await session.page.reload()
  return session.page
}

/** Each label of the bottom bar that does not fit its box (its text is cut off or runs over). */
const cutLabels = (page: Page) =>
  page.locator('.app-nav__link span').evaluateAll((spans) =>
    spans
      .filter((span) => {
        const link = span.parentElement as HTMLElement
        return span.scrollWidth > span.clientWidth + 1 || span.getBoundingClientRect().right > link.getBoundingClientRect().right + 1
      })
      .map((span) => span.textContent),
  )

describe('small screens', () => {
  for (const width of [320, 360]) {
    for (const language of ['fr', 'nl', 'en'] as const) {
      it(`shows every label of the bottom bar whole at ${width} px in ${language}, the active one too`, async () => {
        const page = await open(width, 740, language)
        await page.locator('.app-nav').waitFor()
        expect(await page.locator('html').getAttribute('lang')).toBe(language)
        for (const path of ['/', '/project', '/rights']) {
          await page.goto(server.url + path)
          await page.locator('.app-nav .router-link-active, .app-nav .app-nav__link--in-section').first().waitFor()
          expect(await cutLabels(page)).toEqual([])
        }
      })
    }
  }

  it('at 200 % zoom the header is not sticky: scrolled, it leaves the whole screen to the page', async () => {
    const page = await open(180, 370, 'fr')
    await startProject(page)
    const header = page.locator('.app-header')
    expect(await header.evaluate((el) => getComputedStyle(el).position)).toBe('static')
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    const box = await header.boundingBox()
    // Scrolled past, it is above the screen (a sticky one would stay at the top).
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(0)
  })

  it('at 200 % zoom words are hyphenated by language, never broken anywhere, and nothing is wider than the screen', async () => {
    const page = await open(180, 370, 'nl')
    // The app's own <main>, not the first paint's, which the mount replaces (a detached element has no style).
    const main = page.locator('#app[data-v-app] main')
    await main.waitFor()
    const style = await main.evaluate((el) => ({ hyphens: getComputedStyle(el).hyphens, wrap: getComputedStyle(el).overflowWrap, wordBreak: getComputedStyle(el).wordBreak }))
    expect(style).toEqual({ hyphens: 'auto', wrap: 'break-word', wordBreak: 'normal' })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(180)
  })
})
