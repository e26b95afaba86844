import { beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../../src/domain/dates'
import { axeViolations } from './support/axe'
import { startProject } from './support/browser'
import { browserSession, servedBuild } from './support/suite'

/**
 * A deadline that protects the person is not silenced by one tap (issue 16): "done" on the appeal deadline asks
 * when the appeal was lodged and writes it on the decision, and undo takes it back; a signature inside the
 * cooling-off is told on the contract screen. Chromium at 360 px, on today's real date.
 */
const server = servedBuild()
const session = browserSession({ locale: 'en-GB', width: 360, height: 740 })

function todayIso(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}
const TODAY = todayIso()

beforeAll(async () => {
  await session.page.goto(server.url + '/')
  await startProject(session.page)
})

async function audit(label: string): Promise<void> {
  const violations = await axeViolations(session.page)
  expect(violations, `${label}: ${JSON.stringify(violations, null, 1)}`).toEqual([])
}

const appeal = () => session.page.locator('[data-testid="today-reminders"] [data-reminder-kind="appeal-deadline"]')

describe('done on a protective deadline, and an early signature', () => {
  it('asks when the appeal was lodged, records it on the decision, and undoes it', async () => {
    const { page } = session
    await page.goto(server.url + '/letters')
    const form = page.locator('form.card[data-testid="letter-form"]')
    await form.locator('input[name="letter-kind"][value="refusal"]').check()
    await page.locator('#letter-decidedOn').fill(addDays(TODAY, -10))
    await page.locator('#letter-notifiedOn').fill(addDays(TODAY, -3))
    await form.locator('button[type="submit"]').click()
    await page.locator('[data-testid="letter"][data-kind="refusal"]').waitFor()

    await page.goto(server.url + '/')
    await appeal().waitFor()
    await appeal().getByRole('button', { name: 'It is done' }).click()
    const question = appeal().locator('[data-testid="reminder-done-form"]')
    await question.waitFor()
    expect(await question.textContent()).toContain('Did you appeal to the labour tribunal?')
    expect(await appeal().getAttribute('data-state')).not.toBe('done')
    await audit('Today, the appeal asks when')
    await question.locator('input[type="date"]').fill(addDays(TODAY, -1))
    await question.getByRole('button', { name: 'Note it' }).click()
    await page.locator('[data-testid="today-undo-button"]').waitFor()
    expect(await page.locator('[data-testid="today-undo"] [role="status"]').textContent()).toMatch(/^Noted: you appealed on /)
    await expect.poll(() => appeal().count()).toBe(0)

    // On the letters screen, the decision now says the appeal was lodged.
    await page.goto(server.url + '/letters')
    await expect.poll(async () => (await page.locator('[data-testid="letter"][data-kind="refusal"]').textContent()) ?? '').toContain('ppeal')

    await page.goto(server.url + '/')
    await page.locator('button[aria-controls="done-list"]').click()
    await page.locator('[data-group="done"] [data-reminder-kind="appeal-deadline"][data-state="done"]').waitFor()
  })

  it('undo right after "done" puts the appeal deadline back', async () => {
    const { page } = session
    await page.goto(server.url + '/letters')
    const form = page.locator('form.card[data-testid="letter-form"]')
    await form.locator('input[name="letter-kind"][value="sanction"]').check()
    await page.locator('#letter-decidedOn').fill(addDays(TODAY, -5))
    await page.locator('#letter-notifiedOn').fill(addDays(TODAY, -2))
    await form.locator('button[type="submit"]').click()
    await page.locator('[data-testid="letter"][data-kind="sanction"]').waitFor()
    await page.goto(server.url + '/')
    await appeal().waitFor()
    await appeal().getByRole('button', { name: 'It is done' }).click()
    await appeal().getByRole('button', { name: 'Note it' }).click()
    await page.locator('[data-testid="today-undo-button"]').click()
    await expect.poll(() => page.locator('[data-testid="today-undo"] [role="status"]').textContent()).toBe('Undone: it is back as it was.')
    await appeal().waitFor()
    expect(await appeal().getAttribute('data-state')).not.toBe('done')
  })

  it('tells an early signature plainly on the contract screen', async () => {
    const { page } = session
    await page.goto(server.url + '/contract')
    await page.locator('#contract-draftReceivedOn').fill(TODAY)
    await page.locator('[data-testid="contract-form"] button[type="submit"]').click()
    await page.locator('[data-testid="contract-may-sign-from"]').waitFor()
    expect(await page.locator('[data-testid="contract-may-sign-from"]').textContent()).toMatch(/^You may sign from /)
    await page.locator('#contract-signedByMe').fill(TODAY)
    await page.locator('[data-testid="contract-form"] button[type="submit"]').click()
    await page.locator('[data-testid="contract-signed-early"]').waitFor()
    expect(await page.locator('[data-testid="contract-signed-early"]').textContent()).toContain('you may still ask for those days')
    await audit('Contract, signed early')
  })
})
