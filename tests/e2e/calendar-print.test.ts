import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { startProject } from './support/browser'
import { seedProject } from './support/seed'
import { browserSession, servedBuild } from './support/suite'

/**
 * Issue 12 in Chromium, on a stubbed clock (Monday 7 December 2026): the calendar file of the upcoming dates,
 * parsed back with ical.js, keeps out what the person did not choose; "My dates" prints on one A4 page and
 * "Print my contract" on several, each page with its number and the print date (pdftotext, pdfinfo).
 */
const server = servedBuild()
const session = browserSession({ locale: 'en-GB', width: 360, height: 740 })
const out = mkdtempSync(join(tmpdir(), 'isip-print-'))
const author = { role: 'me' }

const steps = (projectId: string) =>
  Array.from({ length: 14 }, (_, i) => ({
    id: `step-${i}`,
    projectId,
    title: i === 0 ? 'Call the bank about my debts' : `Step number ${i + 1} of my plan, with a few words about what is done and why`,
    who: (['me', 'pcsw', 'partner'] as const)[i % 3],
    dueDate: `2027-0${1 + (i % 6)}-${String(10 + i).padStart(2, '0')}`,
    status: 'todo',
    author,
    createdOn: '2026-11-01',
    order: i,
  }))

beforeAll(async () => {
  await session.page.clock.setFixedTime(new Date(2026, 11, 7, 10, 0, 0))
  await session.page.goto(server.url)
  await startProject(session.page, { pcsw: 'CPAS de Tournai', municipality: 'Tournai', worker: 'Mme Dubois', companion: 'Samira' })
  await seedProject(session.page, (projectId) => ({
    // Notified on 8 September: the last day to appeal is Tuesday 8 December 2026.
    decisions: [{ id: 'dec-1', projectId, kind: 'refusal', decidedOn: '2026-09-01', notifiedOn: '2026-09-08', summary: 'Refusal, private words' }],
    steps: steps(projectId),
    objectives: [
      { id: 'obj-1', projectId, title: 'Be rid of my debts', domain: 'debt', aim: 'rid_of', status: 'in_progress', author, createdOn: '2026-11-01', order: 0 },
      { id: 'obj-2', projectId, title: 'Find a job as a cook', domain: 'job', aim: 'reach', status: 'open', targetDate: '2027-06-30', author, createdOn: '2026-11-01', order: 1 },
    ],
    commitments: [
      { id: 'c-1', projectId, party: 'me', text: 'Go to the debt counselling service every month', author, order: 0 },
      { id: 'c-2', projectId, party: 'pcsw', text: 'Pay for the cooking course', author, order: 1 },
    ],
    contracts: [{ id: 'k-1', projectId, draftReceivedOn: '2026-11-02', signedOn: '2026-11-09', signedBy: { me: '2026-11-09', pcsw: '2026-11-09' }, durationMonths: 12 }],
    amendments: [
      { id: 'a-1', projectId, contractId: 'k-1', agreedOn: '2026-11-20', change: 'First amendment: the course starts in January', agreedBy: { me: '2026-11-20', pcsw: '2026-11-20' }, recordedAt: '2026-11-20T10:00:00.000Z' },
      { id: 'a-2', projectId, contractId: 'k-1', agreedOn: '2026-12-01', change: 'Second amendment: one more meeting a month', agreedBy: { me: '2026-12-01' }, recordedAt: '2026-12-01T10:00:00.000Z' },
    ],
    evaluations: [
      { id: 'e-1', projectId, contractId: 'k-1', heldOn: '2026-11-30', inPerson: true },
      { id: 'e-2', projectId, contractId: 'k-1', plannedOn: '2027-02-15' },
    ],
  }))
  await session.page.locator('[data-testid="today-reminders"][data-ready="true"]').waitFor()
})

/** Downloads the calendar file as the person would, and reads it back with a real iCalendar parser. */
async function downloadCalendar() {
  const [download] = await Promise.all([session.page.waitForEvent('download'), session.page.locator('[data-testid="calendar-download"]').click()])
  const path = join(out, `dates-${Date.now()}.ics`)
  await download.saveAs(path)
  const text = readFileSync(path, 'utf8')
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v)
    return { uid: e.uid, date: e.startDate.toString(), allDay: e.startDate.isDate, title: e.summary, triggers: v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))) }
  })
  return { name: download.suggestedFilename(), text, events }
}

/** Prints the page to an A4 PDF as "Save as PDF" does, and reads its pages' text (poppler-utils). */
async function printToPdf(name: string): Promise<{ pages: number; text: string[] }> {
  const pdf = await session.page.pdf({ format: 'A4', preferCSSPageSize: true })
  const file = join(out, `${name}.pdf`)
  writeFileSync(file, pdf)
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
  const text = Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-'], { encoding: 'utf8' }))
  // The pages as images, to look at (PRINT_IMAGES=dir keeps them).
  if (process.env.PRINT_IMAGES) execFileSync('pdftoppm', ['-png', '-r', '60', file, join(process.env.PRINT_IMAGES, name)])
  return { pages, text }
}

describe('the calendar file', () => {
  it('goes from Today to a calendar file of the upcoming dates, all-day, with alarms, and nothing personal', async () => {
    await session.page.locator('[data-testid="today-calendar"]').click()
    await session.page.locator('[data-testid="calendar-download"]').waitFor()
    const { name, text, events } = await downloadCalendar()
    expect(name).toBe('my-isip-dates.ics')
    const appeal = events.find((e) => e.uid.startsWith('appeal-deadline:'))
    expect(appeal).toMatchObject({ date: '2026-12-08', allDay: true, title: 'Last day to appeal to the labour tribunal (send your appeal earlier if you can)', triggers: ['-P1D', 'PT9H'] })
    const stepEvents = events.filter((e) => e.uid.startsWith('step-due:'))
    expect(stepEvents).toHaveLength(14)
    expect(stepEvents[0]).toMatchObject({ title: 'A step of your plan, to do by this date', triggers: ['-P1D'] })
    for (const e of events) expect(e.triggers).toContain('-P1D')
    for (const personal of ['Tournai', 'Dubois', 'Samira', 'debts', 'private words', 'Step number']) expect(text).not.toContain(personal)
    await expect.poll(() => session.page.locator('[data-testid="calendar-status"]').textContent()).toContain('my-isip-dates.ics')
  })

  it('gives the same UIDs again (an import updates), with step names only when asked, and leaves out a kind', async () => {
    const first = await downloadCalendar()
    await session.page.locator('[data-testid="calendar-step-names"]').check()
    await session.page.locator('input[data-kind="appeal-deadline"]').uncheck()
    const second = await downloadCalendar()
    expect(second.events.map((e) => e.uid)).toEqual(first.events.filter((e) => !e.uid.startsWith('appeal-deadline:')).map((e) => e.uid))
    expect(second.events.find((e) => e.uid.startsWith('step-due:step-0'))?.title).toBe('Your step: Call the bank about my debts')
    expect(second.text).not.toContain('Tournai')
  })
})

describe('the print views', () => {
  it('prints "My dates" on one A4 page with the page number and the print date, no navigation or buttons', async () => {
    await session.page.goto(`${server.url}/print/dates`)
    await session.page.locator('[data-testid="print-dates"]').waitFor()
    const { pages, text } = await printToPdf('my-dates')
    console.log(`print: "My dates" ${pages} page(s) (A4)`)
    expect(pages).toBe(1)
    const page = text[0] ?? ''
    expect(page).toContain('My dates')
    expect(page).toContain('Tuesday 8 December 2026')
    expect(page).toContain('Last day to appeal to the labour tribunal')
    expect(page).toMatch(/Sources[\s\S]*1\. Loi du 26 mai 2002/)
    expect(page).toContain('Page 1 of 1')
    expect(page).toContain('Printed on Monday 7 December 2026')
    for (const shell of ['Print or save as PDF', 'Skip to content', 'Settings']) expect(page).not.toContain(shell)
  })

  it('prints the contract on several pages, each numbered and dated, with every part in order', async () => {
    await session.page.goto(`${server.url}/print/contract`)
    await session.page.locator('[data-testid="print-dates"]').waitFor()
    const { pages, text } = await printToPdf('my-contract')
    expect(pages).toBeGreaterThanOrEqual(2)
    text.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages}`)
      expect(page).toContain('Printed on Monday 7 December 2026')
    })
    const all = text.join('\n')
    const parts = ['The parties', 'CPAS de Tournai', 'Mme Dubois', 'Samira', 'Objectives', 'Be rid of my debts', 'Step-by-step plan', 'Call the bank about my debts', 'Commitments', 'Pay for the cooking course', 'Evaluations', 'Held on Monday 30 November 2026', 'Planned for Monday 15 February 2027', 'The contract', 'First amendment', 'Second amendment', 'Upcoming dates and their sources']
    let at = -1
    for (const part of parts) {
      const found = all.indexOf(part, at + 1)
      expect(found, `${part} after the part before`).toBeGreaterThan(at)
      at = found
    }
    expect(all).toMatch(/January\s+Agreed\s+by\s+you,\s+the\s+PCSW\./)
    for (const shell of ['Print or save as PDF', 'Skip to content']) expect(all).not.toContain(shell)
    console.log(`print: contract ${pages} pages (A4)`)
  })
})
