import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations } from './support/axe'
import { foreignRequests, openSession, startProject, type Session } from './support/browser'
import { servedBuild } from './support/suite'

// A copy made on one phone comes back whole after the site's data is cleared (a reset, a new phone): made through
// the screens, downloaded, the data wiped, the file opened again. Once in each language, and sealed.

const server = servedBuild()

async function addStep(page: Page, title: string): Promise<void> {
  await page.goto(server.url + '/project/plan?edit=new')
  await page.locator('#step-title').fill(title)
  await page.locator('form:has(#step-title) button[type="submit"]').click()
  await page.getByText(title).first().waitFor()
}

/** Settings → Make a copy, with a passphrase if given: the file the browser downloaded, as text. */
async function makeCopy(page: Page, passphrase?: string): Promise<{ name: string; path: string; text: string }> {
  await page.goto(server.url + '/settings')
  if (passphrase) {
    await page.locator('[data-testid="backup-protect"]').check()
    expect(await axeViolations(page), 'the passphrase form and its warning').toEqual([])
    await page.locator('#backup-passphrase').fill(passphrase)
    await page.locator('#backup-passphrase-again').fill(passphrase)
  }
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator('[data-testid="make-copy"]').click()])
  const path = await download.path()
  return { name: download.suggestedFilename(), path, text: readFileSync(path, 'utf8') }
}

/** What a reset leaves: no IndexedDB, no storage of any kind for the app's origin. */
async function clearSiteData(session: Session): Promise<void> {
  const cdp = await session.context.newCDPSession(session.page)
  await cdp.send('Storage.clearDataForOrigin', { origin: server.url, storageTypes: 'all' })
  await session.page.goto(server.url + '/')
  await session.page.locator('[data-testid="project-start-form"]').waitFor()
}

async function openCopy(page: Page, path: string): Promise<void> {
  await page.goto(server.url + '/settings/open-copy')
  await page.locator('[data-testid="copy-file"]').setInputFiles(path)
  await page.locator('[data-testid="copy-read"]').click()
}

describe.each([
  { locale: 'fr-BE', pcsw: 'CPAS de Tournai', step: 'Prendre rendez-vous au service de médiation de dettes', done: 'C’est fait\u00a0: ce téléphone contient maintenant la copie.' },
  { locale: 'nl-BE', pcsw: 'OCMW Gent', step: 'Inschrijven bij de VDAB', done: 'Klaar: op deze telefoon staat nu de kopie.' },
  { locale: 'en-GB', pcsw: 'CPAS de Namur', step: 'Call the debt counsellor', done: 'Done: this phone now holds the copy.' },
])('a copy and back, in $locale', ({ locale, pcsw, step, done }) => {
  let session: Session
  beforeAll(async () => {
    session = await openSession({ locale })
  })
  afterAll(async () => {
    await session?.close()
  })

  it('exports, survives a cleared site, and imports with everything there', async () => {
    const { page } = session
    await page.goto(server.url + '/')
    await startProject(page, { pcsw, municipality: 'Ville' })
    await addStep(page, step)
    const copy = await makeCopy(page)
    expect(copy.name).toMatch(/^isip-\d{4}-\d{2}-\d{2}\.json$/)
    expect(JSON.parse(copy.text)).toMatchObject({ format: 'isip-own-backup', formatVersion: 2 })
    await expect.poll(() => page.locator('[data-testid="last-copy"]').getAttribute('data-date')).toMatch(/^\d{4}-\d{2}-\d{2}$/)

    await clearSiteData(session)
    await openCopy(page, copy.path)
    await page.locator('[data-testid="copy-preview"]').waitFor()
    expect(await page.locator('[data-testid="copy-preview-project"]').textContent()).toContain(pcsw)
    await page.locator('[data-testid="copy-replace"]').click()
    await page.locator('[data-testid="copy-replace-yes"]').click()
    expect(await page.locator('[data-testid="copy-done"]').textContent()).toContain(done)

    await page.goto(server.url + '/')
    expect(await page.locator('[data-testid="project-card"]').textContent()).toContain(pcsw)
    await page.goto(server.url + '/project/plan')
    await page.getByText(step).first().waitFor()
    expect(foreignRequests(session.requests, server.url)).toEqual([])
  })
})

describe('a sealed copy', () => {
  let session: Session
  beforeAll(async () => {
    session = await openSession()
  })
  afterAll(async () => {
    await session?.close()
  })

  it('opens with the right passphrase only', async () => {
    const { page } = session
    await page.goto(server.url + '/')
    await startProject(page, { pcsw: 'CPAS de Liège', municipality: 'Liège' })
    const copy = await makeCopy(page, 'seven little goats, 2026')
    expect(copy.text).not.toContain('Liège')
    await clearSiteData(session)
    await openCopy(page, copy.path)
    await expect.poll(() => page.locator('[data-testid="copy-error"]').textContent()).toContain('protected by a passphrase')
    expect(await axeViolations(page), 'the passphrase asked for').toEqual([])
    await page.locator('[data-testid="copy-passphrase"]').fill('seven little goats 2026')
    await page.locator('[data-testid="copy-read"]').click()
    await expect.poll(() => page.locator('[data-testid="copy-error"]').textContent(), { timeout: 20_000 }).toContain('This passphrase does not open the copy')
    expect(await page.locator('[data-testid="copy-preview"]').count()).toBe(0)
    await page.locator('[data-testid="copy-passphrase"]').fill('seven little goats, 2026')
    await page.locator('[data-testid="copy-read"]').click()
    await page.locator('[data-testid="copy-preview"]').waitFor({ timeout: 20_000 })
    expect(await axeViolations(page), 'the preview and its choices').toEqual([])
    await page.locator('[data-testid="copy-keep-both"]').click()
    await page.locator('[data-testid="copy-done"]').waitFor()
    await page.goto(server.url + '/')
    expect(await page.locator('[data-testid="project-card"]').textContent()).toContain('CPAS de Liège')
  })
})
