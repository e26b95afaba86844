import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startProject } from './support/browser'
import { browserSession, servedBuild } from './support/suite'

// Nothing typed is lost, across tabs and reloads: two pages of one browser context (two tabs of one phone's
// browser), the same origin, the same IndexedDB.

const server = servedBuild()
const session = browserSession()
let second: Page

beforeAll(async () => {
  await session.page.goto(server.url + '/')
  await startProject(session.page)
  second = await session.context.newPage()
})

const value = (page: Page, selector: string) => page.locator(selector).inputValue()

/** Opens the plan with the new-step form and types a title, keystroke by keystroke as a person would. */
async function typeNewStep(page: Page, title: string): Promise<void> {
  await page.goto(server.url + '/project/plan?edit=new')
  await page.locator('#step-title').waitFor()
  await page.locator('#step-title').fill('')
  await page.locator('#step-title').pressSequentially(title)
}

describe('drafts, across tabs and reloads', () => {
  it('brings back the last keystrokes after a reload right after typing', async () => {
    const { page } = session
    await typeNewStep(page, 'Call the bank')
    // No pause: the reload comes straight after the last key.
    await page.reload()
    await page.locator('#step-title').waitFor()
    await expect.poll(() => value(page, '#step-title')).toBe('Call the bank')
  })

  it('keeps what each of two tabs types in the same form: neither writes over the other', async () => {
    const { page } = session
    await typeNewStep(page, 'Written in the first tab')
    await typeNewStep(second, 'Written in the second tab')
    await page.reload()
    await second.reload()
    await expect.poll(() => value(page, '#step-title')).toBe('Written in the first tab')
    await expect.poll(() => value(second, '#step-title')).toBe('Written in the second tab')
  })

  it('gives a closed tab’s draft to the next tab that opens the form', async () => {
    const { context } = session
    await typeNewStep(second, 'Typed before closing the tab')
    const closed = await second.evaluate(() => sessionStorage.getItem('isip-own.tab'))
    await second.close()
    // The closed tab lets go of its lock.
    await session.page.waitForFunction(async (tab) => {
      const { held = [], pending = [] } = await navigator.locks.query()
      return ![...held, ...pending].some((lock) => lock.name === `isip-own.tab:${tab}`)
    }, closed)
    const third = await context.newPage()
    await third.goto(server.url + '/project/plan?edit=new')
    await expect.poll(() => value(third, '#step-title')).toBe('Typed before closing the tab')
    second = third
  })

  it('says so when a record changed in another tab since the form opened, and lets the person choose', async () => {
    const { page } = session
    // Start clean: put the new-step drafts aside, then save one step in the first tab.
    await page.goto(server.url + '/project/plan?edit=new')
    await page.locator('#step-title').fill('See the debt adviser')
    await page.locator('[data-testid="step-form"] button[type="submit"]').click()
    await page.locator('[data-testid="step"]').first().waitFor()
    const stepId = await page.locator('[data-testid="step"] h3').first().getAttribute('id')
    const id = stepId!.replace(/^step-/, '').replace(/-title$/, '')
    // Both tabs open the same step.
    await page.goto(`${server.url}/project/plan?edit=${id}`)
    await second.goto(`${server.url}/project/plan?edit=${id}`)
    await page.locator('#step-title').waitFor()
    await second.locator('#step-title').waitFor()
    await page.locator('#step-title').fill('See the debt adviser on Monday')
    await page.locator('[data-testid="step-form"] button[type="submit"]').click()
    await expect.poll(() => page.locator('[data-testid="step"] h3').first().textContent()).toBe('See the debt adviser on Monday')
    // The second tab still shows the step as it was: its save does not go over the first tab's without asking.
    await second.locator('#step-title').fill('See the debt adviser in the morning')
    await second.locator('[data-testid="step-form"] button[type="submit"]').click()
    await second.locator('[data-testid="form-conflict"]').waitFor()
    expect(await second.locator('#step-title').inputValue()).toBe('See the debt adviser in the morning')
    // "Take the other version" shows what the first tab saved; nothing was written over.
    await second.getByRole('button', { name: 'Take the other version' }).click()
    await expect.poll(() => value(second, '#step-title')).toBe('See the debt adviser on Monday')
    // Type again and keep this one, knowingly: it is saved.
    await second.locator('#step-title').fill('See the debt adviser in the morning')
    await second.locator('[data-testid="step-form"] button[type="submit"]').click()
    await expect.poll(() => second.locator('[data-testid="step"] h3').first().textContent()).toBe('See the debt adviser in the morning')
    await page.locator('#step-add').waitFor()
    await expect.poll(() => page.locator('[data-testid="step"] h3').first().textContent()).toBe('See the debt adviser in the morning')
  })

  it('keeps the choice to save over the other version, knowingly', async () => {
    const { page } = session
    const id = (await page.locator('[data-testid="step"] h3').first().getAttribute('id'))!.replace(/^step-/, '').replace(/-title$/, '')
    await page.goto(`${server.url}/project/plan?edit=${id}`)
    await second.goto(`${server.url}/project/plan?edit=${id}`)
    await page.locator('#step-title').fill('Changed in the first tab')
    await page.locator('[data-testid="step-form"] button[type="submit"]').click()
    await page.locator('#step-add').waitFor()
    await second.locator('#step-title').fill('Changed in the second tab')
    await second.locator('[data-testid="step-form"] button[type="submit"]').click()
    await second.getByRole('button', { name: 'Keep what I wrote' }).click()
    await expect.poll(() => page.locator('[data-testid="step"] h3').first().textContent()).toBe('Changed in the second tab')
  })

  it('reopens an edit form opened inside a list after a reload, with its draft', async () => {
    const { page } = session
    await page.goto(server.url + '/letters/moves-trips')
    await page.locator('#trip-leavesOn').fill('2027-07-10')
    await page.locator('form.card[data-testid="trip-form"] button[type="submit"]').click()
    await page.locator('[data-testid="trip"]').waitFor()
    await page.locator('[data-testid="trip"]').getByRole('button', { name: 'Change' }).click()
    const returns = page.locator('[data-testid="trip"] input[id$="-returnsOn"]')
    await returns.fill('2027-07-24')
    await page.reload()
    const shown = () => page.locator('[data-testid="trip"] input[id$="-returnsOn"]').inputValue()
    await expect.poll(shown, { timeout: 5000 }).toBe('2027-07-24')
  })

  it('shows a draft that could not be written, instead of only logging it', async () => {
    const { page } = session
    await page.goto(server.url + '/project/plan?edit=new')
    await page.locator('#step-title').waitFor()
    // The phone refuses to store more (a full disk): the message says it is full.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'drafts') throw new DOMException('The disk is full', 'QuotaExceededError')
        return put.apply(this, args)
      }
    })
    await page.locator('#step-title').pressSequentially('x')
    await page.locator('[data-testid="draft-failed"]').waitFor()
    expect(await page.locator('[data-testid="draft-failed"]').textContent()).toContain('cannot be kept: this phone’s storage is full')
  })
})
