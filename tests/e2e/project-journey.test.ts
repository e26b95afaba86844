import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations } from './support/axe'
import { foreignRequests, startProject, waitForWorkerControl } from './support/browser'
import { browserSession, servedBuild } from './support/suite'

// A person and their companion write the first half of an ISIP on a 320 px phone: the reflection (three answers,
// one skipped), an objective from an answer, three steps (me, the PCSW, a partner), then a reload offline.

const server = servedBuild()
const session = browserSession({ locale: 'en-GB', width: 320, height: 640 })

const h1 = (page: Page) => page.locator('h1').textContent()

/** axe finds nothing, and nothing scrolls sideways at 320 px. */
async function checkScreen(page: Page, state: string): Promise<void> {
  await page.waitForTimeout(100)
  const violations = await axeViolations(page)
  expect(violations, `${state}: ${JSON.stringify(violations, null, 1)}`).toEqual([])
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `${state} scrolls sideways at 320 px`).toBeLessThanOrEqual(0)
}

/** Presses Tab until `selector` has the focus (keyboard only), at most `max` times. */
async function tabTo(page: Page, selector: string, max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${selector}`)
}

const authors = (page: Page, scope: string) => page.locator(`${scope} [data-testid="author"]`).allTextContents()

describe('writing my project with a companion, offline at the end', () => {
  it('starts a project, and the app is ready offline', async () => {
    const { page } = session
    await page.goto(server.url + '/')
    await waitForWorkerControl(page)
    await startProject(page)
    await page.locator('.app-nav a[href="/project"]').click()
    await expect.poll(() => h1(page)).toBe('My project')
    await page.locator('[data-testid="part-reflection"]').waitFor()
    await checkScreen(page, 'my project')
  })

  it('switches to "I am helping someone": the questions then address the companion', async () => {
    const { page } = session
    await page.locator('input[name="writer-mode"][value="companion"]').check()
    await expect.poll(() => page.locator('#companion-name').inputValue()).toBe('Samira')
    await checkScreen(page, 'my project, helping')
    await page.locator('[data-testid="reflection-resume"]').click()
    await expect.poll(() => h1(page)).toBe('Ask them: What do you need?')
    expect(page.url()).toBe(server.url + '/project/reflection/needs')
    expect(await page.locator('[data-testid="writer-now"]').textContent()).toBe('Samira is helping and writing.')
    await checkScreen(page, 'first question, helping')
    await page.locator('[data-testid="writer-banner"] summary').click()
    await checkScreen(page, 'first question, who is writing open')
    await page.locator('[data-testid="writer-banner"] summary').click()
  })

  it('answers three questions and skips one, with the browser’s back and forward buttons too', async () => {
    const { page } = session
    await page.locator('#reflection-answer').fill('A bigger flat for me and my children')
    await page.locator('[data-testid="reflection-next"]').click()
    await expect.poll(() => h1(page)).toBe('Ask them: What problems do you face?')
    await page.locator('[data-testid="reflection-skip"]').click()
    await expect.poll(() => h1(page)).toBe('Ask them: What do you find hard?')
    await page.locator('#reflection-answer').fill('Forms and letters')
    await page.locator('[data-testid="reflection-next"]').click()
    await expect.poll(() => h1(page)).toBe('Ask them: What would you like to be rid of?')
    await page.locator('#reflection-answer').fill('My debts')
    await page.locator('[data-testid="reflection-next"]').click()
    await expect.poll(() => h1(page)).toBe('Ask them: What would you like to be, and to have?')
    await page.goBack()
    await expect.poll(() => h1(page)).toBe('Ask them: What would you like to be rid of?')
    expect(await page.locator('#reflection-answer').inputValue()).toBe('My debts')
    await page.goForward()
    await expect.poll(() => h1(page)).toBe('Ask them: What would you like to be, and to have?')
  })

  it('keeps a half-typed answer through a reload, and comes back to the same question', async () => {
    const { page } = session
    await page.locator('#reflection-answer').fill('More self-conf')
    await page.waitForTimeout(500)
    await page.reload()
    await expect.poll(() => h1(page)).toBe('Ask them: What would you like to be, and to have?')
    await expect.poll(() => page.locator('#reflection-answer').inputValue()).toBe('More self-conf')
    await page.locator('#reflection-answer').fill('')
    // From My project, "continue" brings the person back to this question.
    await page.locator('.app-nav a[href="/project"]').click()
    await expect.poll(() => page.locator('[data-testid="reflection-resume"]').getAttribute('href')).toBe('/project/reflection/be_and_have')
  })

  it('shows every answer with who wrote it, and turns "rid of" into an objective', async () => {
    const { page } = session
    await page.goto(server.url + '/project/summary')
    await expect.poll(() => h1(page)).toBe('Your answers')
    await page.locator('[data-testid="summary-needs"] [data-testid="answer-text"]').waitFor()
    expect(await authors(page, '[data-testid="summary"]')).toEqual(Array(3).fill('Written by Samira (person of your choice)'))
    expect(await page.locator('[data-testid="summary-problems"] [data-testid="answer-missing"]').textContent()).toBe('Skipped')
    await checkScreen(page, 'summary')
    await page.locator('#change-needs').click()
    await page.locator('#answer-needs').waitFor()
    await checkScreen(page, 'summary, changing an answer')
    await page.locator('[data-testid="answer-editor"] button[type="button"]').click()
    await page.locator('[data-testid="summary-rid_of"] a').click()
    await expect.poll(() => h1(page)).toBe('Objectives')
    await expect.poll(() => page.locator('#objective-title').inputValue()).toBe('My debts')
    await checkScreen(page, 'objective form from an answer')
    await page.locator('[data-testid="objective-form"] button[type="submit"]').click()
    await page.locator('#objective-domain-error').waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('objective-domain')
    await checkScreen(page, 'objective form with an error')
    await page.locator('#objective-domain').selectOption('debt')
    await page.locator('#objective-target-date').fill('2026-12-31')
    await page.locator('[data-testid="objective-form"] button[type="submit"]').click()
    await page.locator('[data-testid="objective"]').waitFor()
    expect(await page.locator('[data-testid="objective"]').textContent()).toContain('From your answer to: What would you like to be rid of?')
    await checkScreen(page, 'objectives list')
  })

  it('adds a partner organisation and what each side commits to', async () => {
    const { page } = session
    await page.locator('nav[aria-label="Parts of my project"] a[href="/project/commitments"]').click()
    await expect.poll(() => h1(page)).toBe('Commitments')
    await page.locator('#commitment-new-pcsw').fill('Help me make a plan to pay my debts')
    await page.locator('[data-testid="commitment-add-pcsw"] button').click()
    await page.locator('[data-testid="commitments-pcsw"] [data-testid="commitment"]').waitFor()
    await page.locator('[data-testid="commitment-add-me"] button').click()
    await page.locator('#commitment-new-me-error').waitFor()
    await checkScreen(page, 'commitments with an error')
    await page.locator('#commitment-new-me').fill('Bring my bank statements')
    await page.locator('[data-testid="commitment-add-me"] button').click()
    await page.locator('[data-testid="commitments-me"] [data-testid="commitment"]').waitFor()
    await page.locator('#partner-add').click()
    await page.locator('#partner-name').fill('Lire et Écrire')
    await page.locator('#partner-contact').fill('069 00 00 00')
    await page.locator('#partner-commitment').fill('A French course twice a week')
    await checkScreen(page, 'partner form')
    await page.locator('[data-testid="partner-form"] button[type="submit"]').click()
    await page.locator('[data-testid="partner"]').waitFor()
    await checkScreen(page, 'commitments and a partner')
    const mine = page.locator('[data-testid="commitments-me"] [data-testid="commitment"]')
    await mine.locator('button', { hasText: 'Remove' }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, remove')
    await checkScreen(page, 'commitments, asking before removing')
    await mine.locator('button', { hasText: 'Cancel' }).click()
  })

  it('writes three steps, one of them with the keyboard alone, for me, the PCSW and the partner', async () => {
    const { page } = session
    await page.locator('nav[aria-label="Parts of my project"] a[href="/project/plan"]').click()
    await expect.poll(() => h1(page)).toBe('Step-by-step plan')
    await checkScreen(page, 'empty plan')

    // Keyboard only: open the form, type, choose, tab to Save, press Enter.
    await tabTo(page, '#step-add')
    await page.keyboard.press('Enter')
    await page.locator('[data-testid="step-form"]').waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step-title')
    await page.keyboard.type('Call the bank')
    await tabTo(page, '#step-objective')
    await page.keyboard.press('ArrowDown')
    await tabTo(page, 'input[name="step-who"]')
    await tabTo(page, '[data-testid="step-form"] button[type="submit"]')
    await page.keyboard.press('Enter')
    await page.locator('[data-testid="step"]').first().waitFor()
    expect(await page.locator('[data-testid="step"]').first().textContent()).toContain('For: My debts')

    // A date that does not exist, typed as a person would, is refused with a message.
    await page.locator('#step-add').click()
    await page.locator('#step-title').fill('Help me with a debt plan')
    await page.locator('[data-testid="step-who-pcsw"]').check()
    await page.locator('#step-due-date').focus()
    await page.keyboard.type('30022026')
    await page.locator('[data-testid="step-form"] button[type="submit"]').click()
    await page.locator('#step-due-date-error').waitFor()
    expect(await page.locator('#step-due-date-error').textContent()).toBe('This date does not exist. Check the day and the month.')
    await checkScreen(page, 'step form with an impossible date')
    await page.locator('#step-due-date').fill('2026-04-30')
    await page.locator('[data-testid="step-form"] button[type="submit"]').click()
    await expect.poll(() => page.locator('[data-testid="step"]').count()).toBe(2)

    await page.locator('#step-add').click()
    await page.locator('#step-title').fill('French course')
    await page.locator('[data-testid="step-who-partner"]').check()
    await page.locator('#step-partner').selectOption({ label: 'Lire et Écrire' })
    await page.locator('[data-testid="step-form"] button[type="submit"]').click()
    await expect.poll(() => page.locator('[data-testid="step"]').count()).toBe(3)
    expect(await page.locator('[data-testid="step"]').nth(2).textContent()).toContain('Who: The partner organisation (Lire et Écrire)')

    // The person takes the phone back, moves a step up with the keyboard, and marks one done.
    await page.locator('[data-testid="writer-banner"] summary').click()
    await page.locator('input[name="writer-mode"][value="me"]').check()
    await page.locator('[data-testid="writer-banner"] summary').click()
    const thirdUp = page.locator('[data-testid="step"]').nth(2).locator('button', { hasText: 'Move up' })
    await thirdUp.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('[data-testid="step"] h3').allTextContents()).toEqual(['Call the bank', 'French course', 'Help me with a debt plan'])
    await page.locator('[data-testid="step"]').first().locator('[data-testid="mark-done"]').click()
    await expect.poll(() => page.locator('[data-testid="step"]').first().getAttribute('data-status')).toBe('done')
    await checkScreen(page, 'plan with three steps')
    await page.locator('[data-testid="step"]').first().locator('[data-testid="edit-step"]').click()
    await page.locator('#step-done-on').waitFor()
    await checkScreen(page, 'changing a done step')
    await page.locator('[data-testid="step-form"] button[type="button"]').click()
    await page.locator('[data-testid="step-form"]').waitFor({ state: 'detached' })
  })

  it('reloads with the network off and finds everything, with who wrote what', async () => {
    const { page, context } = session
    await context.setOffline(true)
    try {
      await page.reload()
      await expect.poll(() => h1(page)).toBe('Step-by-step plan')
      await expect.poll(() => page.locator('[data-testid="step"]').count()).toBe(3)
      expect(await page.locator('[data-testid="step"]').evaluateAll((steps) => steps.map((s) => s.getAttribute('data-who')))).toEqual([
        'me',
        'partner',
        'pcsw',
      ])
      expect(await authors(page, '[data-testid="steps"]')).toEqual(Array(3).fill('Written by Samira (person of your choice)'))

      await page.goto(server.url + '/project/summary')
      await page.locator('[data-testid="summary-rid_of"] [data-testid="answer-text"]').waitFor()
      expect(await page.locator('[data-testid="summary-rid_of"] [data-testid="answer-text"]').textContent()).toBe('My debts')
      expect(await authors(page, '[data-testid="summary"]')).toEqual(Array(3).fill('Written by Samira (person of your choice)'))

      await page.goto(server.url + '/project/objectives')
      await page.locator('[data-testid="objective"]').waitFor()
      expect(await authors(page, '[data-testid="objectives"]')).toEqual(['Written by Samira (person of your choice)'])

      await page.goto(server.url + '/project/commitments')
      await page.locator('[data-testid="partner"]').waitFor()
      expect(await page.locator('[data-testid="commitment"]').count()).toBe(3)

      await page.goto(server.url + '/project')
      await page.locator('[data-testid="answered-count"]').waitFor()
      expect(await page.locator('[data-testid="answered-count"]').textContent()).toBe('Answered: 3 of 11 questions')
    } finally {
      await context.setOffline(false)
    }
  })

  it('shows the project screens in French and Dutch without an axe violation', async () => {
    const { page } = session
    for (const [lang, heading] of [
      ['fr', 'Mon projet'],
      ['nl', 'Mijn project'],
    ] as const) {
      await page.evaluate((l) => localStorage.setItem('isip-own.language', l), lang)
      await page.goto(server.url + '/project')
      await expect.poll(() => h1(page)).toBe(heading)
      await page.locator('[data-testid="part-reflection"]').waitFor()
      await checkScreen(page, `${lang} my project`)
      for (const path of ['/project/reflection/life', '/project/summary', '/project/objectives', '/project/plan', '/project/commitments']) {
        await page.goto(server.url + path)
        await page.locator('h1').waitFor()
        await page.locator('.project-subnav').waitFor()
        await checkScreen(page, `${lang} ${path}`)
      }
    }
    await page.evaluate(() => localStorage.setItem('isip-own.language', 'en'))
  })

  it('asked no other origin for anything', () => {
    expect(foreignRequests(session.requests, server.url)).toEqual([])
  })
})
