import { describe, expect, it } from 'vitest'
import { addDays, addMonthsClamped, addWorkingDays, lastWorkingDayOnOrBefore, nextWorkingDayOnOrAfter, weekday } from '../../src/domain/dates'
import { axeViolations } from './support/axe'
import { foreignRequests, startProject, waitForWorkerControl } from './support/browser'
import { browserSession, servedBuild } from './support/suite'

/**
 * The dated half of a person's project, end to end in Chromium at 320 px, on today's real date: a draft received
 * (the cooling-off on Today), signed, a meeting asked on a Friday before a holiday, two evaluations, a decision
 * notified (the appeal deadline on Today), then an offline reload with everything still there; French and Dutch
 * spot checks; axe and no sideways scrolling on every screen and state; one form by keyboard alone.
 */
const server = servedBuild()
const session = browserSession({ locale: 'en-GB', width: 320, height: 700 })

/** Today on this machine (the browser runs on the same clock and time zone). */
function todayIso(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}
const TODAY = todayIso()

/** The latest Friday, on or before today, whose 5 working days run over a legal holiday (there is one every few weeks). */
function fridayBeforeHoliday(): string {
  let day = TODAY
  while (weekday(day) !== 5) day = addDays(day, -1)
  // Without a holiday, the fifth working day after a Friday is the next Friday.
  while (addWorkingDays(day, 5) === addDays(day, 7)) day = addDays(day, -7)
  return day
}

/** axe finds nothing, and nothing scrolls sideways at 320 px. */
async function audit(label: string): Promise<void> {
  const { page } = session
  await page.waitForTimeout(100)
  const violations = await axeViolations(page)
  expect(violations, `${label}: ${JSON.stringify(violations, null, 1)}`).toEqual([])
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `${label} scrolls sideways at 320 px`).toBeLessThanOrEqual(0)
}

async function go(path: string, heading: string): Promise<void> {
  const { page } = session
  await page.goto(server.url + path)
  await expect.poll(() => page.locator('h1').textContent(), { message: path }).toBe(heading)
}

const reminder = (kind: string, due?: string) =>
  session.page.locator(`[data-testid="today-reminders"] [data-reminder-kind="${kind}"]${due ? `[data-due="${due}"]` : ''}`)

const draftOn = addDays(TODAY, -1)
const friday = fridayBeforeHoliday()
const decidedOn = addDays(TODAY, -10)
const notifiedOn = addDays(TODAY, -3)
/** The legal last day to appeal: 3 months on, moved off a weekend or holiday; and the safe day on or before the unmoved one. */
const appealDue = nextWorkingDayOnOrAfter(addMonthsClamped(notifiedOn, 3))
const appealSafeBy = lastWorkingDayOnOrBefore(addMonthsClamped(notifiedOn, 3))

describe('the dated journey: contract, meetings, evaluations, letters, and Today', () => {
  it('starts a project and is ready offline', async () => {
    const { page } = session
    await page.goto(server.url + '/')
    await startProject(page)
    await waitForWorkerControl(page)
    // With no dates yet, Today says what to fill in first.
    await page.locator('[data-testid="today-no-dates"]').waitFor()
    await audit('Today, no dates yet')
  })

  it('notes the draft contract, and Today shows the cooling-off: until when, nobody may ask to sign before', async () => {
    const { page } = session
    await go('/contract', 'Contract')
    await audit('Contract, empty')
    await page.locator('#contract-draftReceivedOn').fill(draftOn)
    await page.locator('[data-testid="contract-form"] button[type="submit"]').click()
    await page.locator('[data-testid="contract-cooling-off"]').waitFor()
    await audit('Contract, cooling-off')

    await go('/', 'Today')
    const coolingOff = reminder('cooling-off-ends', addDays(draftOn, 5))
    await coolingOff.waitFor()
    expect(await coolingOff.textContent()).toContain('Nobody may ask you to sign before this date.')
    expect(await coolingOff.getAttribute('data-state')).not.toBe('done')
    await coolingOff.getByRole('button', { name: 'Why this date?' }).click()
    await coolingOff.getByText('Sources').waitFor()
    expect(decodeURIComponent((await coolingOff.locator('a').getAttribute('href')) ?? '')).toBe(`/rights/rules/cooling-off-ends?reminder=${await coolingOffId()}`)
    await audit('Today, cooling-off with why this date open')
  })

  it('refuses a signature before the draft, then signs', async () => {
    const { page } = session
    await go('/contract', 'Contract')
    await page.locator('#contract-signedByMe').fill(addDays(draftOn, -1))
    await page.locator('[data-testid="contract-form"] button[type="submit"]').click()
    await page.locator('#contract-signedByMe-error').waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contract-signedByMe')
    await audit('Contract, signature refused')
    await page.locator('#contract-signedByMe').fill(TODAY)
    await page.locator('#contract-signedByPcsw').fill(TODAY)
    await page.locator('#contract-durationMonths').fill('12')
    await page.locator('[data-testid="contract-form"] button[type="submit"]').click()
    await page.locator('[data-testid="contract-signed"]').waitFor()
    await page.locator('#amendment-change').fill('The training starts a month later')
    await page.locator('#amendment-agreedOn').fill(TODAY)
    await page.locator('[data-testid="amendment-form"] button[type="submit"]').click()
    await page.locator('[data-testid="amendment"]').waitFor()
    await audit('Contract, signed with an amendment')
  })

  it('asks for a meeting by keyboard alone, on a Friday before a holiday, and Today has the right date', async () => {
    const { page } = session
    await go('/meetings', 'Meetings and evaluations')
    await audit('Meetings, empty')
    const order = await dateFieldOrder('#evaluation-plannedOn')
    // From the top of a fresh page, Tab to the first field; everything after is typed or chosen with keys.
    await go('/meetings', 'Meetings and evaluations')
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'meeting-askedOn'; i++) await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('meeting-askedOn')
    await page.keyboard.type(typed(friday, order))
    expect(await page.locator('#meeting-askedOn').inputValue()).toBe(friday)
    // Tab leaves the date field (Chrome stops on its calendar button first) for the chosen "how" radio.
    await tabTo(() => document.activeElement?.getAttribute('name') === 'meeting-how')
    await page.keyboard.press('ArrowDown') // By phone
    await page.keyboard.press('ArrowDown') // By letter
    await tabTo(() => document.activeElement?.id === 'meeting-about')
    await page.keyboard.type('My training')
    await tabTo(() => document.activeElement?.getAttribute('type') === 'submit')
    await page.keyboard.press('Enter')
    await page.locator('[data-testid="meeting-request"]').waitFor()
    expect(await page.locator('[data-testid="meeting-request"]').first().textContent()).toContain('By letter: My training')

    // A second one, hand-checked: asked on Friday 19 December 2025, Christmas (Thursday 25th) does not count:
    // Mon 22, Tue 23, Wed 24, Fri 26, Mon 29 December.
    await page.locator('#meeting-askedOn').fill('2025-12-19')
    await page.locator('[data-testid="meeting-request-form"] button[type="submit"]').click()
    await expect.poll(() => page.locator('[data-testid="meeting-request"]').count()).toBe(2)
    await page.getByRole('button', { name: 'Note what happened' }).first().click()
    await audit('Meetings, two requests, outcome form open')

    await go('/', 'Today')
    const expected = addWorkingDays(friday, 5)
    // The holiday pushes the date past the plain Monday-to-Friday count.
    expect(expected > addDays(friday, 7)).toBe(true)
    await reminder('meeting-due', expected).waitFor()
    const handChecked = reminder('meeting-due', '2025-12-29')
    await handChecked.waitFor()
    expect(await handChecked.getAttribute('data-state')).toBe('overdue')
    expect(await handChecked.textContent()).toContain('Monday 29\u00a0December 2025')
    expect(await handChecked.textContent()).toContain('The 5\u00a0working days have passed.')
    await handChecked.getByRole('button', { name: 'Why this date?' }).click()
    await handChecked.getByText('Thursday 25 December 2025 is a public holiday (Christmas Day): it does not count.').waitFor()
    await audit('Today, meetings due')
  })

  it('notes two evaluations and shows the year at a glance', async () => {
    const { page } = session
    await go('/meetings', 'Meetings and evaluations')
    const form = page.locator('form.card[data-testid="evaluation-form"]')
    // Held in the future is refused.
    await page.locator('#evaluation-heldOn').fill(addDays(TODAY, 1))
    await form.locator('button[type="submit"]').click()
    await page.locator('#evaluation-heldOn-error').waitFor()
    await audit('Meetings, evaluation refused')
    await page.locator('#evaluation-heldOn').fill(TODAY)
    await form.locator('input[name="evaluation-inPerson"][value="yes"]').check()
    await page.locator('#evaluation-said').fill('The training goes well')
    await form.locator('button[type="submit"]').click()
    await expect.poll(() => page.locator('[data-testid="evaluation"]').count()).toBe(1)
    await page.locator('#evaluation-plannedOn').fill(addMonthsClamped(TODAY, 3))
    await form.locator('button[type="submit"]').click()
    await expect.poll(() => page.locator('[data-testid="evaluation"]').count()).toBe(2)
    await expect.poll(() => page.locator('[data-testid="rhythm-held"]').first().textContent()).toBe('1 of 3')
    expect(await page.locator('[data-testid="rhythm-in-person"]').first().textContent()).toBe('1 of 2')
    expect(await page.locator('[data-testid="rhythm-next-by"]').first().getAttribute('data-date')).toBe(addMonthsClamped(TODAY, 4))
    await audit('Meetings, two evaluations and the rhythm')
  })

  it('notes a refusal and its notification; Today shows the appeal deadline', async () => {
    const { page } = session
    await go('/letters', 'Letters and decisions')
    await audit('Letters, empty')
    const form = page.locator('form.card[data-testid="letter-form"]')
    await form.locator('input[name="letter-kind"][value="refusal"]').check()
    // 30 February typed into the date field: the browser cannot read it, the app says so.
    const order = await dateFieldOrder('#letter-notifiedOn')
    await page.locator('#letter-decidedOn').focus()
    await page.keyboard.type(typed('2026-02-30', order))
    await form.locator('button[type="submit"]').click()
    await page.locator('#letter-decidedOn-error').waitFor()
    expect(await page.locator('#letter-decidedOn-error').textContent()).toBe('This date does not exist. Check the day and the month.')
    await page.locator('#letter-decidedOn').fill(decidedOn)
    await page.locator('#letter-notifiedOn').fill(addDays(decidedOn, -1))
    await form.locator('button[type="submit"]').click()
    await page.locator('#letter-notifiedOn-error').waitFor()
    await audit('Letters, notification before its decision refused')
    await page.locator('#letter-notifiedOn').fill(notifiedOn)
    await page.locator('#letter-summary').fill('Income too high')
    await form.locator('button[type="submit"]').click()
    await page.locator('[data-testid="letter"][data-kind="refusal"]').waitFor()
    await form.locator('input[name="letter-kind"][value="notice"]').check()
    await page.locator('#letter-receivedOn').fill(TODAY)
    await form.locator('button[type="submit"]').click()
    await page.locator('[data-testid="letter"][data-kind="notice"]').waitFor()
    await audit('Letters, a refusal and a formal notice')

    await page.getByRole('link', { name: 'Moving and trips abroad' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Moving and trips abroad')
    await page.locator('#trip-leavesOn').fill(addDays(TODAY, 20))
    await page.locator('#trip-returnsOn').fill(addDays(TODAY, 30))
    await page.locator('form.card[data-testid="trip-form"] button[type="submit"]').click()
    await page.locator('[data-testid="trip"]').waitFor()
    await audit('Moving and trips, a trip')

    await go('/', 'Today')
    await reminder('appeal-deadline', appealDue).waitFor()
    expect(await reminder('appeal-deadline').getAttribute('data-safe-by')).toBe(appealSafeBy)
    await reminder('hearing-right').waitFor()
    expect(await reminder('hearing-right').textContent()).toContain('A person of your choice can go with you or speak for you.')
    await audit('Today, all reminders')
  })

  it('marks a reminder done by keyboard, offers undo, and shows what is done', async () => {
    const { page } = session
    const trip = reminder('trip-notice')
    await trip.getByRole('button', { name: 'It is done' }).focus()
    await page.keyboard.press('Enter')
    // Done, it goes under the folded "done" group; focus goes to "undo".
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('today-undo-button')
    await page.locator('button[aria-controls="done-list"]').click()
    await page.locator('[data-group="done"] [data-reminder-kind="trip-notice"][data-state="done"]').waitFor()
    await audit('Today, done dates open')
  })

  it('reloads offline with everything still there', async () => {
    const { page, context } = session
    await context.setOffline(true)
    try {
      await page.reload()
      await reminder('appeal-deadline', appealDue).waitFor()
      await reminder('meeting-due', addWorkingDays(friday, 5)).waitFor()
      await reminder('meeting-due', '2025-12-29').waitFor()
      await reminder('evaluation-due').waitFor()
      await reminder('hearing-right').waitFor()
      // Done ones are folded under "done or ended".
      await page.locator('button[aria-controls="done-list"]').click()
      await reminder('trip-notice').waitFor()
      expect(await reminder('trip-notice').getAttribute('data-state')).toBe('done')
      // The cooling-off ended with the signature.
      expect(await reminder('cooling-off-ends').getAttribute('data-state')).toBe('done')
      for (const [path, heading] of [
        ['/contract', 'Contract'],
        ['/meetings', 'Meetings and evaluations'],
        ['/letters', 'Letters and decisions'],
        ['/letters/moves-trips', 'Moving and trips abroad'],
      ] as const) {
        await go(path, heading)
      }
      await go('/contract', 'Contract')
      expect(await page.locator('[data-testid="amendment"]').textContent()).toContain('The training starts a month later')
    } finally {
      await context.setOffline(false)
    }
  })

  it('says the same in French and in Dutch', async () => {
    const { page } = session
    for (const [lang, heading, date, title] of [
      ['fr', 'Aujourd’hui', 'lundi 29\u00a0décembre 2025', 'Rendez-vous et évaluations'],
      ['nl', 'Vandaag', 'maandag 29\u00a0december 2025', 'Gesprekken en evaluaties'],
    ] as const) {
      await page.evaluate((l) => localStorage.setItem('isip-own.language', l), lang)
      await go('/', heading)
      const handChecked = reminder('meeting-due', '2025-12-29')
      await handChecked.waitFor()
      expect(await handChecked.locator('time').textContent()).toBe(date)
      await audit(`Today in ${lang}`)
      for (const path of ['/contract', '/letters', '/letters/moves-trips']) {
        await page.goto(server.url + path)
        await page.locator('h1').waitFor()
        await audit(`${path} in ${lang}`)
      }
      await go('/meetings', title)
      await audit(`Meetings in ${lang}`)
    }
    await page.evaluate(() => localStorage.setItem('isip-own.language', 'en'))
  })

  it('asked no other origin for anything', () => {
    expect(foreignRequests(session.requests, server.url)).toEqual([])
  })
})

/**
 * The order in which this browser's date fields take day, month and year (it follows the browser's own locale):
 * learnt by typing 01 02 2026 into an empty date field and reading what it became.
 */
async function dateFieldOrder(selector: string): Promise<'dmy' | 'mdy'> {
  const field = session.page.locator(selector)
  await field.focus()
  await session.page.keyboard.type('01022026')
  const value = await field.inputValue()
  await field.fill('')
  return value === '2026-02-01' ? 'dmy' : 'mdy'
}

/** The keys to type for an ISO date (or an impossible one) in a date field of that order. */
function typed(iso: string, order: 'dmy' | 'mdy'): string {
  const [y, m, d] = iso.split('-')
  return order === 'dmy' ? `${d}${m}${y}` : `${m}${d}${y}`
}

/** Presses Tab until `reached` is true in the page (at most 5 times). */
async function tabTo(reached: () => boolean): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await session.page.keyboard.press('Tab')
    if (await session.page.evaluate(reached)) return
  }
  throw new Error(`Tab did not reach ${reached.toString()}`)
}

/** The id of the cooling-off reminder, as the app gives it (`cooling-off-ends:<contract id>`). */
async function coolingOffId(): Promise<string> {
  const id = await session.page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('isip-own')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction('contracts').objectStore('contracts').getAll()
          request.onsuccess = () => resolve((request.result as { id: string }[])[0]?.id ?? '')
          request.onerror = () => reject(request.error)
        }
      }),
  )
  return `cooling-off-ends:${id}`
}
