import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button').click()])
    await page.goto(server.url + '/settings')
    await expect.poll(() => page.locator('[data-testid="app-version"]').textContent(), { timeout: 15_000 }).toContain('(second)')
    await page.goto(server.url + '/')
    await expect.poll(() => page.locator('[data-testid="project-card"]').textContent()).toContain('OCMW Gent')
  })

  it('asked no other origin for anything', () => {
    expect(foreignRequests(session.requests, server.url)).toEqual([])
  })
})
