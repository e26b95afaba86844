import { describe, expect, it } from 'vitest'
import { axeViolations } from './support/axe'
import { foreignRequests, startProject } from './support/browser'
import { ROUTES, type Lang } from './support/routes'
import { browserSession, servedBuild } from './support/suite'

const server = servedBuild()
const session = browserSession({ locale: 'en-GB', width: 320, height: 640 })

async function useLanguage(lang: Lang) {
  if (!session.page.url().startsWith(server.url)) await session.page.goto(server.url + '/')
  await session.page.evaluate((l) => localStorage.setItem('isip-own.language', l), lang)
}

/** Visits a route and checks axe and reflow at 320 px (no sideways scrolling). */
async function checkRoute(path: string, heading: string) {
  const { page } = session
  await page.goto(server.url + path)
  await expect.poll(() => page.locator('h1').textContent(), { message: path }).toBe(heading)
  // Animations and the "ready offline" note settle before the audit.
  await page.waitForTimeout(100)
  const violations = await axeViolations(page)
  expect(violations, `${path}: ${JSON.stringify(violations, null, 1)}`).toEqual([])
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0)
}

describe('accessibility on every screen, in every language', () => {
  it('has no axe violation before a project exists', async () => {
    await session.page.goto(server.url + '/')
    for (const lang of ['en', 'fr', 'nl'] as const) {
      await useLanguage(lang)
      for (const route of ROUTES) await checkRoute(route.path, route.heading[lang])
    }
  })

  it('has no axe violation on the start form showing its errors', async () => {
    const { page } = session
    await useLanguage('fr')
    await page.goto(server.url + '/')
    await page.locator('[data-testid="project-start-form"] button[type="submit"]').click()
    await page.locator('#pcsw-name-error').waitFor()
    // Focus moves to the first field in error, so a keyboard or screen-reader user lands on it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pcsw-name')
    expect(await axeViolations(page)).toEqual([])
  })

  it('has no axe violation once a project exists', async () => {
    await useLanguage('en')
    await session.page.goto(server.url + '/')
    await startProject(session.page)
    for (const lang of ['en', 'fr', 'nl'] as const) {
      await useLanguage(lang)
      for (const route of ROUTES) await checkRoute(route.path, route.heading[lang])
    }
  })

  it('reaches every navigation link with the keyboard, and Enter opens it', async () => {
    const { page } = session
    await useLanguage('en')
    await page.goto(server.url + '/')
    await page.locator('h1').waitFor()
    const reached: string[] = []
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab')
      const href = await page.evaluate(() => (document.activeElement?.closest('nav') ? document.activeElement.getAttribute('href') : null))
      if (href && !reached.includes(href)) reached.push(href)
    }
    expect(reached).toEqual(['/', '/project', '/contract', '/rights', '/more'])
    await page.locator('nav a[href="/rights"]').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('h1').textContent()).toBe('My rights')
    // Focus follows to the new screen's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
  })

  it('gives every button and link a touch target of at least 44 by 44 px', async () => {
    const { page } = session
    await page.goto(server.url + '/settings')
    await page.locator('h1').waitFor()
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, nav a, .button, input[type="radio"]')]
        .map((el) => {
          const target = el.closest('label') ?? el
          const r = target.getBoundingClientRect()
          return { text: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName, w: r.width, h: r.height }
        })
        .filter((r) => r.w < 44 || r.h < 44),
    )
    expect(small).toEqual([])
  })

  it('asked no other origin for anything', () => {
    expect(foreignRequests(session.requests, server.url)).toEqual([])
  })
})

describe('navigation', () => {
  it('keeps “My project” highlighted on its sub-screens, and Today only on itself', async () => {
    const { page } = session
    await page.goto(server.url + '/project/plan')
    await page.locator('h1').waitFor()
    const highlighted = await page.evaluate(() =>
      [...document.querySelectorAll('.app-nav a')].filter((a) => getComputedStyle(a).fontWeight === '700').map((a) => a.getAttribute('href')),
    )
    expect(highlighted).toEqual(['/project'])
  })
})
