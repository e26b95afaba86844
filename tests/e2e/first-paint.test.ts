import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSession, startProject, type Session } from './support/browser'
import { servedBuild } from './support/suite'

// Issue 15: Today's first screen is in index.html (scripts/vite-first-paint.ts), painted before any of the app's
// scripts, in the person's language; the app takes over without moving anything.

type Locale = { app: { name: string; loading: string }; nav: Record<string, string>; today: Record<string, string> }
const messages = (lang: string) => JSON.parse(readFileSync(`locales/${lang}.json`, 'utf8')) as Locale

const server = servedBuild()

/** The app's own scripts never arrive: what shows is what index.html painted by itself. */
const withoutAppScripts = (page: Page) => page.route(/\/assets\/.*\.js$/, (route) => route.abort())

/** The visible text of the page's main parts. */
const visibleText = (page: Page) =>
  page.evaluate(() => {
    const shown = (el: Element) => el.getClientRects().length > 0
    const texts = (selector: string) => [...document.querySelectorAll(selector)].filter(shown).map((el) => el.textContent?.trim())
    return { brand: texts('header a'), h1: texts('main h1'), welcome: texts('main section h2, main section p'), loading: texts('main p.muted'), nav: texts('nav a') }
  })

/** Where the first screen's parts are on the page, to compare before and after the app takes over. */
const boxes = (page: Page) =>
  page.evaluate(() =>
    ['header', 'header a', '.language-switch button', 'main h1', 'main section.card', 'main section.card > *', 'main section.card li', 'nav', 'nav a', 'nav a span'].flatMap((selector) =>
      [...document.querySelectorAll(selector)].map((el, i) => {
        const r = el.getBoundingClientRect()
        return `${selector}[${i}] ${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`
      }),
    ),
  )

describe('the first paint, before any script of the app', () => {
  for (const [locale, lang] of [
    ['fr-BE', 'fr'],
    ['nl-BE', 'nl'],
    ['en-GB', 'en'],
  ] as const) {
    it(`shows the header, the navigation, Today and the welcome in ${lang}`, async () => {
      const session = await openSession({ locale })
      try {
        const { page } = session
        await withoutAppScripts(page)
        await page.goto(server.url + '/')
        const m = messages(lang)
        expect(await page.getAttribute('html', 'lang')).toBe(lang)
        expect(await page.title()).toBe(`${m.nav.today} · ${m.app.name}`)
        expect(await visibleText(page)).toEqual({
          brand: [m.app.name],
          h1: [m.nav.today],
          welcome: [m.today.welcome_title, m.today.welcome_text, m.today.private_text],
          loading: [],
          nav: [m.nav.today, m.nav.project, m.nav.contract, m.nav.rights, m.nav.more],
        })
        // One screen stays in the document: a screen reader meets one heading, one navigation.
        expect(await page.locator('.first-paint').count()).toBe(1)

        // A remembered language wins over the browser's, as in the app.
        const other = lang === 'en' ? 'nl' : 'en'
        await page.evaluate((l) => localStorage.setItem('isip-own.language', l), other)
        await page.reload()
        expect((await visibleText(page)).h1).toEqual([messages(other).nav.today])

        // A phone that holds a project paints a neutral "loading", never the welcome.
        await page.evaluate(() => localStorage.setItem('isip-own.has-project', '1'))
        await page.reload()
        expect(await visibleText(page)).toMatchObject({ h1: [messages(other).nav.today], welcome: [], loading: [messages(other).app.loading] })
      } finally {
        await session.close()
      }
    })
  }

  it('paints nothing of Today on another address (the app paints that screen)', async () => {
    const session = await openSession({ locale: 'en-GB' })
    try {
      await withoutAppScripts(session.page)
      await session.page.goto(server.url + '/rights')
      expect(await session.page.locator('.first-paint').count()).toBe(0)
    } finally {
      await session.close()
    }
  })
})

describe('the app taking over', () => {
  let session: Session
  beforeAll(async () => {
    session = await openSession({ locale: 'en-GB' })
    // Each load records its layout shifts, its largest contentful paints, when the prerendered screen left, and
    // whether the welcome ever showed.
    await session.context.addInitScript(() => {
      const w = window as unknown as { paint: { shift: number; lcp: number[]; tookOver: number; welcomeSeen: boolean } }
      w.paint = { shift: 0, lcp: [], tookOver: NaN, welcomeSeen: false }
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.paint.shift += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true })
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.paint.lcp.push(e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true })
      const watch = () => {
        if (document.body && !document.querySelector('.first-paint') && Number.isNaN(w.paint.tookOver) && document.querySelector('#app')?.children.length) w.paint.tookOver = performance.now()
        const welcome = [...document.querySelectorAll('main section h2')].some((h) => h.getClientRects().length > 0 && /^Welcome$/.test(h.textContent ?? ''))
        if (welcome) w.paint.welcomeSeen = true
        requestAnimationFrame(watch)
      }
      requestAnimationFrame(watch)
    })
  })
  afterAll(async () => session?.close())

  const recorded = () => session.page.evaluate(() => (window as unknown as { paint: { shift: number; lcp: number[]; tookOver: number; welcomeSeen: boolean } }).paint)

  it('keeps every part of the first screen where it was painted, and its largest paint is the prerendered one', async () => {
    const { page } = session
    await withoutAppScripts(page)
    await page.goto(server.url + '/')
    const painted = await boxes(page)
    await page.unrouteAll()
    await page.reload()
    await page.locator('[data-testid="project-start-form"]').waitFor()
    expect(await page.locator('.first-paint').count()).toBe(0)
    expect(await boxes(page)).toEqual(painted)
    const { shift, lcp, tookOver } = await recorded()
    expect(shift).toBe(0)
    expect(lcp.length).toBeGreaterThan(0)
    expect(Math.max(...lcp), 'the largest paint came before the app took over').toBeLessThan(tookOver)
    // The app's stylesheet is inline in index.html: never fetched, not even by a lazy screen's import.
    await page.locator('[data-testid="project-start-form"]').waitFor()
    expect(session.requests.filter((url) => /\/assets\/index-[\w-]+\.css$/.test(url))).toEqual([])
  })

  it('never shows the welcome to a person with a project, reload after reload', async () => {
    const { page } = session
    await startProject(page)
    expect(await page.evaluate(() => localStorage.getItem('isip-own.has-project'))).toBe('1')
    for (let i = 0; i < 2; i++) {
      await page.reload()
      await page.locator('[data-testid="project-card"]').waitFor()
      expect(await recorded()).toMatchObject({ welcomeSeen: false, shift: 0 })
    }
  })
})
