// Times the rules engine on a ten-year project (npm run bench). Prints figures; asserts no timing.
import { describe, expect, it } from 'vitest'
import { addDays, addMonthsClamped } from '@/domain/dates'
import type {
  Contract,
  Decision,
  DecisionKind,
  Evaluation,
  MeetingRequest,
  Notice,
  ReminderMark,
  Step,
  Trip,
} from '@/domain/model'
import { computeReminders, evaluationRhythm, type ProjectFacts } from '@/domain/reminders'

const START = '2016-01-04'
const TODAY = '2026-01-15'

/**
 * A project of ten years: 1,000 plan steps, 40 evaluations, 60 decisions and letters (50 decisions, 10 formal
 * notices), 30 meeting requests, 10 contracts, 10 trips, 100 marks.
 */
function tenYearProject(): ProjectFacts {
  const projectId = 'p1'
  const author = { role: 'me' as const }
  const contracts: Contract[] = []
  for (let y = 0; y < 10; y += 1) {
    const signedOn = addMonthsClamped('2016-03-01', 12 * y)
    contracts.push({
      id: `c${y}`,
      projectId,
      draftReceivedOn: addDays(signedOn, -7),
      signedOn,
      signedBy: { me: signedOn, pcsw: signedOn },
      durationMonths: 12,
    })
  }
  const evaluations: Evaluation[] = []
  for (let i = 0; i < 40; i += 1) {
    const heldOn = addDays('2016-05-02', i * 91)
    evaluations.push({ id: `e${i}`, projectId, contractId: `c${Math.floor(i / 4)}`, plannedOn: heldOn, heldOn, inPerson: i % 3 !== 0 })
  }
  const kinds: DecisionKind[] = ['acknowledgement', 'grant', 'refusal', 'sanction', 'other']
  const decisions: Decision[] = []
  for (let i = 0; i < 50; i += 1) {
    const decidedOn = addDays(START, i * 73)
    const kind = kinds[i % kinds.length] ?? 'other'
    const d: Decision = { id: `d${i}`, projectId, kind, decidedOn }
    if (kind !== 'acknowledgement' && i < 48) d.notifiedOn = addDays(decidedOn, 5)
    if (i % 7 === 0) d.appealLodgedOn = addDays(decidedOn, 40)
    decisions.push(d)
  }
  const notices: Notice[] = []
  for (let i = 0; i < 10; i += 1) {
    notices.push({ id: `n${i}`, projectId, receivedOn: addDays('2016-06-01', i * 350), ...(i < 9 ? { hearingAskedOn: addDays('2016-06-03', i * 350) } : {}) })
  }
  const meetingRequests: MeetingRequest[] = []
  for (let i = 0; i < 30; i += 1) {
    const askedOn = addDays('2016-02-05', i * 121)
    meetingRequests.push({ id: `m${i}`, projectId, askedOn, how: 'phone', meetingOn: addDays(askedOn, 4), held: i < 29 })
  }
  const steps: Step[] = []
  for (let i = 0; i < 1000; i += 1) {
    const dueDate = addDays('2016-03-10', Math.floor(i * 3.7))
    steps.push({
      id: `s${i}`,
      projectId,
      title: `Step ${i}`,
      who: i % 3 === 0 ? 'pcsw' : 'me',
      dueDate,
      status: i < 980 ? 'done' : i % 2 === 0 ? 'todo' : 'doing',
      author,
      createdOn: START,
      order: i,
    })
  }
  const trips: Trip[] = []
  for (let i = 0; i < 10; i += 1) {
    const leavesOn = addDays('2016-07-01', i * 365)
    trips.push({ id: `t${i}`, projectId, leavesOn, returnsOn: addDays(leavesOn, 10 + i), announcedOn: addDays(leavesOn, -10) })
  }
  const marks: ReminderMark[] = steps.slice(0, 100).map((s) => ({ id: `${projectId}:step-due:${s.id}`, projectId, reminderId: `step-due:${s.id}`, state: 'seen', on: TODAY }))
  return {
    project: {
      id: projectId,
      createdAt: '2016-01-04T09:00:00.000Z',
      updatedAt: '2026-01-10T09:00:00.000Z',
      pcsw: { name: 'CPAS', municipality: 'Namur' },
      requestedOn: START,
      grantedOn: '2016-01-28',
      grantNotifiedOn: '2016-02-02',
      birthDate: '1995-06-15',
      newBeneficiary: true,
    },
    contracts,
    evaluations,
    meetingRequests,
    decisions,
    notices,
    trips,
    steps,
    marks,
    lastExportOn: '2025-12-01',
  }
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))
  return sorted[i] ?? NaN
}

/** Issue 15: the rules engine on a ten-year project, median of one computation. */
const BUDGET_MS = 5

function time(label: string, runs: number, fn: () => unknown, what: string): number {
  for (let i = 0; i < 30; i += 1) fn() // warm-up
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  const median = percentile(times, 0.5)
  const p95 = percentile(times, 0.95)
  console.log(`rules: ${label} median ${median.toFixed(2)} ms (p95 ${p95.toFixed(2)} ms) over ${runs} runs, ${what} — budget ${BUDGET_MS} ms`)
  return median
}

describe('rules engine speed', () => {
  it('computes the reminders of a ten-year project', () => {
    const facts = tenYearProject()
    const reminders = computeReminders(facts, TODAY)
    expect(reminders.length).toBeGreaterThan(1000)
    const years = evaluationRhythm(facts, TODAY)
    expect(years.length).toBeGreaterThan(0)
    expect(time('computeReminders', 200, () => computeReminders(facts, TODAY), `${reminders.length} reminders`), 'computeReminders, ms').toBeLessThanOrEqual(BUDGET_MS)
    expect(time('evaluationRhythm', 200, () => evaluationRhythm(facts, TODAY), `${years.length} contract years`), 'evaluationRhythm, ms').toBeLessThanOrEqual(BUDGET_MS)
  })
})
