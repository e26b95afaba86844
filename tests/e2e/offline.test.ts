import { describe, expect, it } from 'vitest'
import { foreignRequests, startProject, waitForWorkerControl } from './support/browser'
import { ROUTES } from './support/routes'
import { browserSession, servedBuild } from './support/suite'

const server = servedBuild()
const session = browserSession({ locale: 'fr-BE' })

describe('the app, installed and offline', () => {
  it('loads in the browser’s language, with <html lang> and the title following it', async () => {
    const { page } = session
    await page.goto(server.url + '/')
    await expect.poll(() => page.locator('h1').textContent()).toBe('Aujourd’hui')
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    expect(await page.title()).toBe('Aujourd’hui · Mon PIIS')
  })

  it('is taken over by the service worker and says it is ready offline', async () => {
    const { page } = session
    await waitForWorkerControl(page)
    await page.locator('[data-testid="offline-ready"]').waitFor({ timeout: 20_000 })
  })

  it('starts a project and keeps it', async () => {
    await startProject(session.page)
    expect(await session.page.locator('[data-testid="project-card"]').textContent()).toContain('CPAS de Tournai')
  })

  it('reloads and renders every route with the network off', async () => {
    const { page, context } = session
    await context.setOffline(true)
    try {
      await page.reload()
      await page.locator('[data-testid="project-card"]').waitFor()
      for (const route of ROUTES) {
        await page.goto(server.url + route.path)
        await expect.poll(() => page.locator('h1').textContent(), { message: route.path }).toBe(route.heading.fr)
      }
      // Navigation inside the app, as a person would, also works offline.
      await page.locator('nav a[href="/"]').click()
      await page.locator('[data-testid="project-card"]').waitFor()
      expect(await page.locator('[data-testid="project-card"]').textContent()).toContain('Samira')
    } finally {
      await context.setOffline(false)
    }
  })

  it('remembers a language chosen in Settings across a reload', async () => {
    const { page } = session
    await page.goto(server.url + '/settings')
    await page.locator('input[value="nl"]').check()
    await page.reload()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Instellingen')
    expect(await page.getAttribute('html', 'lang')).toBe('nl')
    expect(await page.title()).toBe('Instellingen · Mijn GPMI')
  })

  it('asked once for persistent storage and shows the answer in Settings', async () => {
    const state = await session.page.locator('[data-testid="storage-state"]').getAttribute('data-state')
    expect(['persistent', 'best-effort']).toContain(state)
  })

  it('asked no other origin for anything', () => {
    expect(session.requests.length).toBeGreaterThan(5)
    expect(foreignRequests(session.requests, server.url)).toEqual([])
  })
})
