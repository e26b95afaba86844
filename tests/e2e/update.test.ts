import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { foreignRequests, openSession, startProject, waitForWorkerControl, type Session } from './support/browser'
import { serveBuild } from './support/server'

const builds = mkdtempSync(join(tmpdir(), 'isip-builds-'))
let server: Awaited<ReturnType<typeof serveBuild>>
let session: Session

/** A production build told apart by its build id (shown in Settings). */
function build(id: string): string {
  const outDir = join(builds, id)
  execFileSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, APP_BUILD: id },
    stdio: 'inherit',
  })
  return outDir
}

let first: string
let second: string
/** A tab where a step is being typed, and one with nothing typed, both open when the update comes. */
let typing: Page
let idle: Page

beforeAll(async () => {
  first = build('first')
  second = build('second')
  server = await serveBuild(first)
  session = await openSession({ locale: 'nl-BE' })
}, 120_000)

afterAll(async () => {
  await session?.close()
  await server?.close()
  rmSync(builds, { recursive: true, force: true })
})

describe('a new version', () => {
  it('runs the first build and saves a project in it', async () => {
    const { page } = session
    await page.goto(server.url + '/')
    await waitForWorkerControl(page)
    await startProject(page, { pcsw: 'OCMW Gent', municipality: 'Gent' })
    await page.goto(server.url + '/settings')
    await expect.poll(() => page.locator('[data-testid="app-version"]').textContent()).toContain('(first)')
  })

  it('has two more tabs open on the first build: one where a step is being typed, one with nothing typed', async () => {
    typing = await session.context.newPage()
    await typing.goto(server.url + '/project/plan?edit=new')
    await waitForWorkerControl(typing)
    await typing.locator('#step-title').waitFor()
    await typing.locator('#step-title').pressSequentially('Loonfiches meebrengen')
    idle = await session.context.newPage()
    await idle.goto(server.url + '/settings')
    await waitForWorkerControl(idle)
    await expect.poll(() => idle.locator('[data-testid="app-version"]').textContent()).toContain('(first)')
    // A mark that only lives as long as the page: a reload clears it.
    for (const tab of [typing, idle]) await tab.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
  })

  it('shows the update prompt when the next build is published, and reloading brings it with the data intact', async () => {
    const { page } = session
    server.setRoot(second)
    // The old worker still serves the old app; a navigation makes the browser look for a new worker.
    await page.reload()
    const prompt = page.locator('[data-testid="update-prompt"]')
    await prompt.waitFor({ timeout: 30_000 })
    expect(await prompt.textContent()).toContain('Er is een nieuwe versie klaar.')
    // Until the person chooses, nothing changes under them.
    expect(await page.locator('[data-testid="app-version"]').textContent()).toContain('(first)')
    // The other tabs were told of the waiting version too.
    await typing.locator('[data-testid="update-prompt"]').waitFor({ timeout: 30_000 })
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button').click()])
    await page.goto(server.url + '/settings')
    await expect.poll(() => page.locator('[data-testid="app-version"]').textContent(), { timeout: 15_000 }).toContain('(second)')
    await page.goto(server.url + '/')
    await expect.poll(() => page.locator('[data-testid="project-card"]').textContent()).toContain('OCMW Gent')
  })

  it('reloads the other tab with nothing typed into the new version by itself, as before', async () => {
    await expect.poll(() => idle.locator('[data-testid="app-version"]').textContent(), { timeout: 15_000 }).toContain('(second)')
    expect(await idle.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBeUndefined()
  })

  it('asks in its own right in the tab where a step is being typed, and loses nothing typed', async () => {
    const prompt = typing.locator('[data-testid="update-prompt"][data-reason="updated-elsewhere"]')
    await prompt.waitFor({ timeout: 15_000 })
    expect(await prompt.textContent()).toContain('De nieuwe versie is in een ander tabblad gestart. Wat u hier typt, blijft bewaard')
    // Not reloaded under the person's fingers: the same page, the text still there, and typing goes on.
    await typing.waitForTimeout(1000)
    expect(await typing.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
    await typing.locator('#step-title').pressSequentially(' en de huurprijs')
    expect(await typing.locator('#step-title').inputValue()).toBe('Loonfiches meebrengen en de huurprijs')
    // When the person chooses: the new version, and every keystroke back in the form.
    await Promise.all([typing.waitForEvent('load'), prompt.getByRole('button').click()])
    expect(await typing.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBeUndefined()
    await typing.locator('#step-title').waitFor()
    await expect.poll(() => typing.locator('#step-title').inputValue()).toBe('Loonfiches meebrengen en de huurprijs')
    await typing.goto(server.url + '/settings')
    await expect.poll(() => typing.locator('[data-testid="app-version"]').textContent()).toContain('(second)')
  })

  it('asked no other origin for anything', () => {
    expect(foreignRequests(session.requests, server.url)).toEqual([])
  })
})
