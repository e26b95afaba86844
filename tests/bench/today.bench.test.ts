import { afterAll, beforeAll, expect, it } from 'vitest'
import { addDays, addMonthsClamped } from '../../src/domain/dates'
import type { Contract, Decision, Evaluation, MeetingRequest, Notice, Project, ReminderMark, Step } from '../../src/domain/model'
import { openSession, waitForWorkerControl, type Session } from '../e2e/support/browser'
import { DIST } from '../e2e/support/dist'
import { serveBuild } from '../e2e/support/server'
import { median, report } from './report'

/**
 * Today on a ten-year project: 1,000 steps, 40 evaluations, 60 letters, 30 meeting requests (and ten yearly
 * contracts), written straight into the app's IndexedDB ('isip-own') through the page. Measured from navigation
 * to Today fully rendered (as many reminder elements as the screen shows), in the page's own clock.
 */
let server: Awaited<ReturnType<typeof serveBuild>>
let session: Session

beforeAll(async () => {
  server = await serveBuild(DIST)
  session = await openSession()
})
afterAll(async () => {
  await session?.close()
  await server?.close()
})

function todayIso(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/** The records of a ten-year project, ending today (plus a year of steps ahead). */
function tenYears(today: string) {
  const projectId = 'bench'
  const start = addMonthsClamped(today, -120)
  const author = { role: 'me' as const }
  const project: Project = {
    id: projectId,
    createdAt: `${start}T09:00:00.000Z`,
    updatedAt: new Date().toISOString(),
    pcsw: { name: 'CPAS de Charleroi', municipality: 'Charleroi' },
    requestedOn: start,
    grantedOn: addDays(start, 20),
    grantNotifiedOn: addDays(start, 25),
    ageBand: 'under-25',
    newBeneficiary: true,
  }
  const contracts: Contract[] = Array.from({ length: 10 }, (_, y) => {
    const signed = addMonthsClamped(start, 2 + 12 * y)
    return { id: `c${y}`, projectId, draftReceivedOn: addDays(signed, -7), signedBy: { me: signed, pcsw: signed }, durationMonths: 12 }
  })
  const evaluations: Evaluation[] = Array.from({ length: 40 }, (_, i) => {
    const on = addMonthsClamped(start, 3 + 3 * i)
    return on <= today ? { id: `e${i}`, projectId, heldOn: on, inPerson: i % 2 === 0, said: 'Going on' } : { id: `e${i}`, projectId, plannedOn: on }
  })
  const kinds: Decision['kind'][] = ['grant', 'refusal', 'other', 'sanction', 'acknowledgement']
  const decisions: Decision[] = Array.from({ length: 55 }, (_, i) => {
    const on = addDays(start, 30 + 65 * i)
    const kind = kinds[i % kinds.length]!
    return kind === 'acknowledgement'
      ? { id: `d${i}`, projectId, kind, decidedOn: on }
      : { id: `d${i}`, projectId, kind, decidedOn: on, notifiedOn: addDays(on, 5), summary: `Letter ${i}`, ...(i % 7 === 0 ? { appealLodgedOn: addDays(on, 20) } : {}) }
  })
  const notices: Notice[] = Array.from({ length: 5 }, (_, i) => ({ id: `n${i}`, projectId, receivedOn: addDays(start, 300 + 700 * i), hearingAskedOn: addDays(start, 305 + 700 * i) }))
  const meetingRequests: MeetingRequest[] = Array.from({ length: 30 }, (_, i) => {
    const on = addDays(start, 40 + 120 * i)
    return { id: `m${i}`, projectId, askedOn: on, how: 'phone', about: `Question ${i}`, meetingOn: addDays(on, 4), held: true }
  })
  const steps: Step[] = Array.from({ length: 1000 }, (_, i) => {
    const due = addDays(start, 4 * i)
    // The past is mostly done; a few steps were left behind.
    const status: Step['status'] = due < today ? (i % 50 === 0 ? 'todo' : 'done') : 'todo'
    return { id: `s${i}`, projectId, title: `Step ${i}`, who: (['me', 'pcsw', 'partner'] as const)[i % 3]!, dueDate: due, status, author, createdOn: start, order: i }
  })
  const reminderMarks: ReminderMark[] = steps
    .filter((s) => s.status === 'todo' && s.dueDate! < today)
    .slice(0, 5)
    .map((s) => ({ id: `${projectId}:step-due:${s.id}`, projectId, reminderId: `step-due:${s.id}`, state: 'seen', on: today }))
  return {
    projects: [project],
    contracts,
    evaluations,
    decisions,
    notices,
    meetingRequests,
    steps,
    reminderMarks,
    settings: [{ key: 'currentProjectId', value: projectId }],
  }
}

it('Today on a ten-year project: navigation to fully rendered', async () => {
  const { page } = session
  await page.goto(server.url + '/')
  await page.locator('h1').waitFor()
  await waitForWorkerControl(page)

  // The app created its database on the first visit: put the records straight into it.
  const data = tenYears(todayIso())
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('isip-own')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(Object.keys(records), 'readwrite')
          for (const [store, rows] of Object.entries(records)) for (const row of rows) tx.objectStore(store).put(row)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    data,
  )

  // How many reminder elements Today shows once ready (the screen shows this week, the first twenty later ones,
  // and keeps the past folded away).
  await page.reload()
  await page.locator('[data-testid="today-reminders"][data-ready="true"]').waitFor({ timeout: 30_000 })
  const shown = await page.locator('[data-testid="today-reminders"] [data-reminder-kind]').count()
  const computed = await page.locator('button[aria-controls="past-list"]').textContent()

  const inPage: number[] = []
  const wall: number[] = []
  for (let i = 0; i < 7; i++) {
    const started = performance.now()
    await page.goto(server.url + '/')
    const rendered = await page.waitForFunction(
      (n) => (document.querySelectorAll('[data-testid="today-reminders"][data-ready="true"] [data-reminder-kind]').length >= n ? performance.now() : 0),
      shown,
      { polling: 'raf', timeout: 30_000 },
    )
    wall.push(performance.now() - started)
    inPage.push(Number(await rendered.jsonValue()))
  }
  // Past dates are folded away: opening them shows the latest twenty, "show more" renders all (over a thousand here).
  const pastCount = Number(/\((\d+)\)/.exec(computed ?? '')?.[1] ?? 0)
  const clickThenCount = async (selector: string, n: number) => {
    const clicked = await page.evaluate((s) => {
      const at = performance.now()
      document.querySelector<HTMLButtonElement>(s)?.click()
      return at
    }, selector)
    const done = await page.waitForFunction(
      (count) => (document.querySelectorAll('[data-testid="today-reminders"] [data-reminder-kind]').length >= count ? performance.now() : 0),
      n,
      { polling: 'raf', timeout: 30_000 },
    )
    return Number(await done.jsonValue()) - clicked
  }
  const pastOpen: number[] = []
  const pastAll: number[] = []
  for (let i = 0; i < 5; i++) {
    await page.goto(server.url + '/')
    await page.locator('[data-testid="today-reminders"][data-ready="true"]').waitFor()
    pastOpen.push(await clickThenCount('button[aria-controls="past-list"]', shown + Math.min(20, pastCount)))
    pastAll.push(await clickThenCount('#past-list > button', shown + pastCount))
  }
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`
  console.log('\nToday on a ten-year project (1,000 steps, 40 evaluations, 60 letters, 30 meeting requests), headless Chromium')
  report('reminders on screen (past folded away)', `${shown} (+ ${pastCount} past)`)
  report('navigation → Today rendered, median of 7', ms(inPage))
  report('same, timed from the test (CDP included)', ms(wall))
  report('"show past dates" → latest 20, median of 5', ms(pastOpen))
  report('then "show more" → all past, median of 5', ms(pastAll))
  expect(shown).toBeGreaterThan(20)
})
