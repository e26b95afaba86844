import { beforeAll, describe, expect, it } from 'vitest'
import { startProject } from './support/browser'
import { browserSession, servedBuild } from './support/suite'

// Who wrote what survives an edit (issue 16, item 3): a companion writes an answer on the person's phone, the
// person changes it later, and the summary says both — after a reload too, since it is kept on the record.

const server = servedBuild()
const session = browserSession()

beforeAll(async () => {
  await session.page.goto(server.url + '/')
  await startProject(session.page, { companion: 'Jan' })
})

/** Opens "who is writing?" on a question's screen and chooses who. */
async function writer(mode: 'me' | 'companion'): Promise<void> {
  const { page } = session
  await page.locator('[data-testid="writer-banner"] summary').click()
  await page.locator(`input[name="writer-mode"][value="${mode}"]`).check()
}

describe('authorship across an edit', () => {
  it('an answer written by the companion and changed by the person names both', async () => {
    const { page } = session
    await page.goto(server.url + '/project/reflection/needs')
    await page.locator('#reflection-answer').waitFor()
    await writer('companion')
    await page.locator('#companion-name').fill('Jan')
    await page.locator('#person-name').fill('Fatima')
    await page.locator('#person-name').blur()
    await expect.poll(() => page.locator('[data-testid="writer-now"]').textContent()).toBe('Jan is helping and writing.')
    await page.locator('#reflection-answer').fill('A flat near the school')
    await page.locator('[data-testid="reflection-next"]').click()
    await page.waitForURL('**/project/reflection/problems')

    await writer('me')
    await expect.poll(() => page.locator('[data-testid="writer-now"]').textContent()).toBe('You are writing your own project.')
    await page.goto(server.url + '/project/summary')
    const needs = page.locator('[data-testid="summary-needs"]')
    await expect.poll(() => needs.locator('[data-testid="author"]').textContent()).toBe('Written by Jan (person of your choice)')
    await page.locator('#change-needs').click()
    await page.locator('#answer-needs').fill('A flat near the school, with two rooms')
    await page.locator('[data-testid="answer-editor"] button[type="submit"]').click()
    await expect.poll(() => needs.locator('[data-testid="answer-text"]').textContent()).toBe('A flat near the school, with two rooms')
    const both = /^Written by Jan \(person of your choice\), changed by you on \d{1,2}\u00a0[A-Z][a-z]+ \d{4}$/
    await expect.poll(() => needs.locator('[data-testid="author"]').textContent()).toMatch(both)

    await page.reload()
    await expect.poll(() => needs.locator('[data-testid="author"]').textContent()).toMatch(both)
  })
})
