import { describe, expect, it } from 'vitest'
import type {
  Contract,
  Decision,
  DecisionKind,
  Evaluation,
  IsoDate,
  MeetingRequest,
  Notice,
  Project,
  ReminderMark,
  Step,
  Trip,
} from '@/domain/model'
import {
  computeReminders,
  type ProjectFacts,
  type Reminder,
  type ReminderKind,
  type ReminderState,
} from '@/domain/reminders'

// Every expected date below was worked out by hand on a calendar (legal-facts §7 for the holidays), never copied
// from the engine's output.

const P = 'p1'

function project(extra: Partial<Project> = {}): Project {
  return {
    id: P,
    createdAt: '2020-01-01T09:00:00.000Z',
    updatedAt: '2020-01-01T09:00:00.000Z',
    pcsw: { name: 'CPAS', municipality: 'Liège' },
    ...extra,
  }
}

function facts(extra: Partial<ProjectFacts> = {}, projectExtra: Partial<Project> = {}): ProjectFacts {
  return { project: project(projectExtra), lastExportOn: '2030-01-01', ...extra }
}

function decision(id: string, kind: DecisionKind, extra: Partial<Decision> = {}): Decision {
  return { id, projectId: P, kind, ...extra }
}

function contract(id: string, extra: Partial<Contract> = {}): Contract {
  return { id, projectId: P, signedBy: {}, ...extra }
}

function meeting(id: string, askedOn: IsoDate, extra: Partial<MeetingRequest> = {}): MeetingRequest {
  return { id, projectId: P, askedOn, how: 'phone', ...extra }
}

function step(id: string, dueDate: IsoDate | undefined, extra: Partial<Step> = {}): Step {
  return {
    id,
    projectId: P,
    title: 'Call the housing office',
    who: 'me',
    status: 'todo',
    author: { role: 'me' },
    createdOn: '2025-01-01',
    order: 0,
    ...(dueDate === undefined ? {} : { dueDate }),
    ...extra,
  }
}

function trip(id: string, leavesOn: IsoDate, extra: Partial<Trip> = {}): Trip {
  return { id, projectId: P, leavesOn, ...extra }
}

function notice(id: string, receivedOn: IsoDate, extra: Partial<Notice> = {}): Notice {
  return { id, projectId: P, receivedOn, ...extra }
}

function evaluation(id: string, extra: Partial<Evaluation>): Evaluation {
  return { id, projectId: P, ...extra }
}

function mark(reminderId: string, state: ReminderMark['state'], on: IsoDate = '2025-01-01'): ReminderMark {
  return { id: `${P}:${reminderId}`, projectId: P, reminderId, state, on }
}

interface Expected {
  kind: ReminderKind
  id?: string
  due?: IsoDate
  state?: ReminderState
  expired?: boolean
  seen?: boolean
  markedDone?: boolean
  messageKey?: string
  messageValues?: Record<string, string | number>
  explanationKey?: string
  /** Note keys that must be there, with (some of) their values. */
  notes?: Record<string, Record<string, string | number>>
  withoutNotes?: string[]
  skippedHolidays?: string[]
  record?: { table: string; id: string }
  safeBy?: IsoDate
  soonFrom?: IsoDate
  explanationValues?: Record<string, string | number>
  /** The unmoved last day; `undefined` here means "must not be set". */
  movedFrom?: IsoDate | undefined
  sourcesInclude?: string[]
  sourcesExclude?: string[]
  /** What the reminder asks instead of going overdue. */
  asks?: Reminder['asks']
}

interface Situation {
  name: string
  today: IsoDate
  facts: ProjectFacts
  expected: Expected[]
  /** Kinds that must not appear at all. */
  absent?: ReminderKind[]
}

function check(reminders: Reminder[], e: Expected): void {
  const found = reminders.filter((r) => r.kind === e.kind && (e.id === undefined || r.id === e.id))
  expect(found, `exactly one ${e.kind}${e.id ? ` (${e.id})` : ''}`).toHaveLength(1)
  const r = found[0] as Reminder
  if (e.due !== undefined) expect(r.due, 'due').toBe(e.due)
  if (e.state !== undefined) expect(r.state, 'state').toBe(e.state)
  if (e.expired !== undefined) expect(r.expired, 'expired').toBe(e.expired)
  if (e.seen !== undefined) expect(r.seen, 'seen').toBe(e.seen)
  if (e.markedDone !== undefined) expect(r.markedDone, 'markedDone').toBe(e.markedDone)
  if (e.messageKey !== undefined) expect(r.message.key).toBe(e.messageKey)
  if (e.messageValues !== undefined) expect(r.message.values).toMatchObject(e.messageValues)
  if (e.explanationKey !== undefined) expect(r.explanation.key).toBe(e.explanationKey)
  if (e.record !== undefined) expect(r.record).toEqual(e.record)
  if (e.asks !== undefined) expect(r.asks, 'asks').toBe(e.asks)
  for (const [key, values] of Object.entries(e.notes ?? {})) {
    const note = r.notes?.find((n) => n.key === key)
    expect(note, `note ${key}`).toBeDefined()
    expect(note?.values).toMatchObject(values)
  }
  for (const key of e.withoutNotes ?? []) {
    expect(r.notes?.some((n) => n.key === key) ?? false, `no note ${key}`).toBe(false)
  }
  if (e.safeBy !== undefined) expect(r.safeBy, 'safeBy').toBe(e.safeBy)
  if (e.soonFrom !== undefined) expect(r.soonFrom, 'soonFrom').toBe(e.soonFrom)
  if (e.explanationValues !== undefined) expect(r.explanation.values).toEqual(e.explanationValues)
  if ('movedFrom' in e) expect(r.explanation.movedFrom, 'movedFrom').toBe(e.movedFrom)
  for (const id of e.sourcesInclude ?? []) expect(r.sources, `source ${id}`).toContain(id)
  for (const id of e.sourcesExclude ?? []) expect(r.sources, `no source ${id}`).not.toContain(id)
  if (e.skippedHolidays !== undefined) {
    expect((r.explanation.skipped ?? []).flatMap((s) => (s.holiday ? [s.holiday] : []))).toEqual(e.skippedHolidays)
  }
}

function run(situations: Situation[]): void {
  it.each(situations)('$name', ({ today, facts: f, expected, absent }) => {
    const reminders = computeReminders(f, today)
    for (const e of expected) check(reminders, e)
    for (const kind of absent ?? []) expect(reminders.some((r) => r.kind === kind), `no ${kind}`).toBe(false)
  })
}

describe('decision-due: the PCSW decides within 30 calendar days of the request', () => {
  run([
    {
      name: 'a request on Friday 28 November 2025 is to be decided by Sunday 28 December (calendar days: a weekend does not move it)',
      today: '2025-12-01',
      facts: facts({}, { requestedOn: '2025-11-28' }),
      expected: [{ kind: 'decision-due', due: '2025-12-28', state: 'upcoming', record: { table: 'projects', id: P } }],
    },
    {
      name: 'a request acknowledged on 10 December 2025 is due today, 9 January 2026',
      today: '2026-01-09',
      facts: facts({ decisions: [decision('ack', 'acknowledgement', { decidedOn: '2025-12-10' })] }),
      expected: [{ kind: 'decision-due', id: 'decision-due:ack', due: '2026-01-09', state: 'due-today', record: { table: 'decisions', id: 'ack' } }],
    },
    {
      name: 'a request on 31 January 2026 with no decision is overdue on 3 March; the decision must then be notified by 10 March',
      today: '2026-03-03',
      facts: facts({}, { requestedOn: '2026-01-31' }),
      expected: [
        {
          kind: 'decision-due',
          due: '2026-03-02',
          state: 'overdue',
          notes: { 'rules.decision_due.note_notification_by': { date: '2026-03-10' }, 'rules.decision_due.note_no_decision': {} },
        },
      ],
    },
    {
      name: 'a request on 31 January 2024 (leap year) is due 1 March and is done once a grant is decided',
      today: '2024-03-10',
      facts: facts({ decisions: [decision('g', 'grant', { decidedOn: '2024-02-20' })] }, { requestedOn: '2024-01-31' }),
      expected: [{ kind: 'decision-due', due: '2024-03-01', state: 'done' }],
    },
    {
      name: 'a refusal dated before a new request does not answer it',
      today: '2025-06-20',
      facts: facts({ decisions: [decision('r', 'refusal', { decidedOn: '2025-03-01' })] }, { requestedOn: '2025-06-02' }),
      expected: [{ kind: 'decision-due', due: '2025-07-02', state: 'upcoming' }],
    },
    {
      name: 'a decision due on 2 July 2025 is "soon" from 25 June',
      today: '2025-06-26',
      facts: facts({}, { requestedOn: '2025-06-02' }),
      expected: [{ kind: 'decision-due', due: '2025-07-02', state: 'soon' }],
    },
    {
      name: 'the same request on the project and on an acknowledgement gives one reminder, on the acknowledgement',
      today: '2025-06-05',
      facts: facts({ decisions: [decision('ack', 'acknowledgement', { decidedOn: '2025-06-02' })] }, { requestedOn: '2025-06-02' }),
      expected: [{ kind: 'decision-due', id: 'decision-due:ack', due: '2025-07-02' }],
    },
  ])
})

describe('notification-due: the decision reaches you within 8 days', () => {
  run([
    {
      name: 'a refusal decided on Christmas Eve 2025 is to be notified by 1 January 2026, even though it is a holiday',
      today: '2025-12-30',
      facts: facts({ decisions: [decision('r', 'refusal', { decidedOn: '2025-12-24' })] }),
      expected: [{ kind: 'notification-due', due: '2026-01-01', state: 'soon', notes: { 'rules.notification_due.note_form': {} } }],
    },
    {
      name: 'a decision of 21 February 2025 notified on 27 February is done (due 1 March)',
      today: '2025-03-05',
      facts: facts({ decisions: [decision('s', 'sanction', { decidedOn: '2025-02-21', notifiedOn: '2025-02-27' })] }),
      expected: [{ kind: 'notification-due', due: '2025-03-01', state: 'done' }],
    },
    {
      name: 'a grant recorded on the project on 25 February 2024 without its letter asks on 5 March when it came, rather than going overdue',
      today: '2024-03-05',
      facts: facts({}, { grantedOn: '2024-02-25' }),
      expected: [{ kind: 'notification-due', due: '2024-03-04', state: 'due-today', asks: 'notification-date', record: { table: 'projects', id: P } }],
    },
    {
      name: 'a grant decided on 25 February 2024 is still awaited on 1 March: no question yet',
      today: '2024-03-01',
      facts: facts({ decisions: [decision('g', 'grant', { decidedOn: '2024-02-25' })] }),
      expected: [{ kind: 'notification-due', due: '2024-03-04', state: 'soon' }],
    },
    {
      name: 'a grant decision recorded without its letter asks from the eighth day on',
      today: '2024-03-04',
      facts: facts({ decisions: [decision('g', 'grant', { decidedOn: '2024-02-25' })] }),
      expected: [{ kind: 'notification-due', due: '2024-03-04', state: 'due-today', asks: 'notification-date' }],
    },
    {
      name: 'an acknowledgement of receipt is not a decision to notify or appeal',
      today: '2025-06-05',
      facts: facts({ decisions: [decision('ack', 'acknowledgement', { decidedOn: '2025-06-02', notifiedOn: '2025-06-02' })] }),
      expected: [],
      absent: ['notification-due', 'appeal-deadline'],
    },
  ])
})

describe('appeal-deadline: notification + 3 months; a last day on a weekend or holiday moves to the next working day, with a safe date before it', () => {
  // The issue's situation: notified on Monday 30 November 2026, 3 months end on Sunday 28 February 2027.
  const issueCase = facts({ decisions: [decision('r', 'refusal', { decidedOn: '2026-11-24', notifiedOn: '2026-11-30' })] })
  const movedNote = { unmoved: '2027-02-28', date: '2027-03-01', safeBy: '2027-02-26' }
  run([
    {
      name: 'notified on 30 November 2026, 3 months end on Sunday 28 February 2027: legal last day Monday 1 March, safe date Friday 26 February',
      today: '2027-02-10',
      facts: issueCase,
      expected: [
        {
          kind: 'appeal-deadline',
          due: '2027-03-01',
          safeBy: '2027-02-26',
          soonFrom: '2027-02-19',
          state: 'upcoming',
          explanationKey: 'rules.appeal_deadline.why_month_end_moved',
          explanationValues: { start: '2026-11-30', length: 3, unmoved: '2027-02-28', date: '2027-03-01', safeBy: '2027-02-26' },
          movedFrom: '2027-02-28',
          messageValues: { date: '2027-03-01', notifiedDate: '2026-11-30', decisionDate: '2026-11-24' },
          notes: { 'rules.appeal_deadline.note_act_early': {}, 'rules.appeal_deadline.note_moved_weekend': movedNote },
          withoutNotes: ['rules.appeal_deadline.note_safe_passed', 'rules.appeal_deadline.note_moved_holiday'],
          sourcesInclude: ['law-2002-art-47', 'judicial-code-art-53', 'bdas-appeal-count', 'terralaboris-appeal-count', 'labour-court-antwerp-2001'],
        },
      ],
    },
    {
      name: 'the heads-up counts back from the safe date: "soon" from Friday 19 February 2027, a week before Friday 26',
      today: '2027-02-19',
      facts: issueCase,
      expected: [{ kind: 'appeal-deadline', due: '2027-03-01', safeBy: '2027-02-26', state: 'soon' }],
    },
    {
      name: 'on Saturday 27 February 2027 the safe date has passed but the legal last day has not: send it now',
      today: '2027-02-27',
      facts: issueCase,
      expected: [
        {
          kind: 'appeal-deadline',
          state: 'soon',
          expired: false,
          notes: { 'rules.appeal_deadline.note_safe_passed': { safeBy: '2027-02-26', date: '2027-03-01' } },
        },
      ],
    },
    {
      name: 'on Sunday 28 February 2027, the unmoved day, the period has not ended',
      today: '2027-02-28',
      facts: issueCase,
      expected: [{ kind: 'appeal-deadline', state: 'soon', expired: false, withoutNotes: ['rules.appeal_deadline.note_expired'] }],
    },
    {
      name: 'on Monday 1 March 2027 it is the legal last day',
      today: '2027-03-01',
      facts: issueCase,
      expected: [{ kind: 'appeal-deadline', state: 'due-today', expired: false }],
    },
    {
      name: 'on Tuesday 2 March 2027 the period has ended',
      today: '2027-03-02',
      facts: issueCase,
      expected: [{ kind: 'appeal-deadline', state: 'done', expired: true, notes: { 'rules.appeal_deadline.note_expired': {} }, withoutNotes: ['rules.appeal_deadline.note_safe_passed'] }],
    },
    {
      name: 'notified on 1 December 2025, 3 months end on Sunday 1 March 2026: legal last day Monday 2 March, safe date Friday 27 February',
      today: '2026-02-10',
      facts: facts({ decisions: [decision('r', 'refusal', { decidedOn: '2025-11-26', notifiedOn: '2025-12-01' })] }),
      expected: [
        {
          kind: 'appeal-deadline',
          due: '2026-03-02',
          safeBy: '2026-02-27',
          state: 'upcoming',
          explanationKey: 'rules.appeal_deadline.why_moved',
          notes: { 'rules.appeal_deadline.note_moved_weekend': { unmoved: '2026-03-01', date: '2026-03-02', safeBy: '2026-02-27' } },
        },
      ],
    },
    {
      name: 'notified on Friday 28 November 2025, 3 months end on Saturday 28 February 2026: Monday 2 March, safe Friday 27 February',
      today: '2026-02-23',
      facts: facts({ decisions: [decision('r', 'refusal', { notifiedOn: '2025-11-28' })] }),
      expected: [{ kind: 'appeal-deadline', due: '2026-03-02', safeBy: '2026-02-27', state: 'soon', explanationKey: 'rules.appeal_deadline.why_moved' }],
    },
    {
      name: 'notified on 30 November 2025, 3 months end on the last day of February, Saturday 28 February 2026: Monday 2 March',
      today: '2026-01-05',
      facts: facts({ decisions: [decision('o', 'other', { notifiedOn: '2025-11-30' })] }),
      expected: [{ kind: 'appeal-deadline', due: '2026-03-02', safeBy: '2026-02-27', explanationKey: 'rules.appeal_deadline.why_month_end_moved' }],
    },
    {
      name: 'notified on 30 November 2023, the deadline is Thursday 29 February 2024 (leap year): nothing moves, the safe date is the same day',
      today: '2024-01-05',
      facts: facts({ decisions: [decision('o', 'sanction', { notifiedOn: '2023-11-30' })] }),
      expected: [
        {
          kind: 'appeal-deadline',
          due: '2024-02-29',
          safeBy: '2024-02-29',
          explanationKey: 'rules.appeal_deadline.why_month_end',
          movedFrom: undefined,
          withoutNotes: ['rules.appeal_deadline.note_moved_weekend', 'rules.appeal_deadline.note_moved_holiday'],
          sourcesExclude: ['judicial-code-art-53'],
        },
      ],
    },
    {
      name: 'a deadline on Wednesday 14 May 2025 stays there, and so does its safe date',
      today: '2025-04-01',
      facts: facts({ decisions: [decision('r', 'refusal', { notifiedOn: '2025-02-14' })] }),
      expected: [{ kind: 'appeal-deadline', due: '2025-05-14', safeBy: '2025-05-14', soonFrom: '2025-05-07', explanationKey: 'rules.appeal_deadline.why' }],
    },
    {
      name: 'a deadline on Easter Monday 6 April 2026 moves to Tuesday 7 April; safe date Friday 3 April (Good Friday is no legal holiday)',
      today: '2026-03-01',
      facts: facts({ decisions: [decision('r', 'refusal', { notifiedOn: '2026-01-06' })] }),
      expected: [
        {
          kind: 'appeal-deadline',
          due: '2026-04-07',
          safeBy: '2026-04-03',
          skippedHolidays: ['easter_monday'],
          notes: { 'rules.appeal_deadline.note_moved_holiday': { unmoved: '2026-04-06', holiday: 'easter_monday', date: '2026-04-07', safeBy: '2026-04-03' } },
        },
      ],
    },
    {
      name: 'a deadline on Saturday 4 April 2026 passes Sunday and Easter Monday: Tuesday 7 April, safe Friday 3 April',
      today: '2026-03-01',
      facts: facts({ decisions: [decision('r', 'refusal', { notifiedOn: '2026-01-04' })] }),
      expected: [
        {
          kind: 'appeal-deadline',
          due: '2026-04-07',
          safeBy: '2026-04-03',
          skippedHolidays: ['easter_monday'],
          notes: { 'rules.appeal_deadline.note_moved_weekend': { unmoved: '2026-04-04', date: '2026-04-07' } },
        },
      ],
    },
    {
      name: 'a deadline on National Day, Monday 21 July 2025: Tuesday 22 July, safe Friday 18 July',
      today: '2025-07-01',
      facts: facts({ decisions: [decision('r', 'refusal', { notifiedOn: '2025-04-21' })] }),
      expected: [{ kind: 'appeal-deadline', due: '2025-07-22', safeBy: '2025-07-18', notes: { 'rules.appeal_deadline.note_moved_holiday': { holiday: 'national_day' } } }],
    },
    {
      name: 'a deadline on All Saints’ Day, Sunday 1 November 2026: named as the holiday, Monday 2 November, safe Friday 30 October',
      today: '2026-10-01',
      facts: facts({ decisions: [decision('r', 'refusal', { notifiedOn: '2026-08-01' })] }),
      expected: [{ kind: 'appeal-deadline', due: '2026-11-02', safeBy: '2026-10-30', notes: { 'rules.appeal_deadline.note_moved_holiday': { holiday: 'all_saints' } } }],
    },
    {
      name: 'a deadline on New Year’s Day, Saturday 1 January 2028: Monday 3 January, safe Friday 31 December 2027',
      today: '2027-12-01',
      facts: facts({ decisions: [decision('r', 'refusal', { notifiedOn: '2027-10-01' })] }),
      expected: [{ kind: 'appeal-deadline', due: '2028-01-03', safeBy: '2027-12-31', skippedHolidays: ['new_year'], notes: { 'rules.appeal_deadline.note_moved_holiday': { holiday: 'new_year' } } }],
    },
    {
      name: 'an appeal lodged makes the deadline done, and no "safe date passed" note',
      today: '2026-02-28',
      facts: facts({ decisions: [decision('r', 'refusal', { notifiedOn: '2025-12-01', appealLodgedOn: '2026-01-15' })] }),
      expected: [{ kind: 'appeal-deadline', due: '2026-03-02', state: 'done', expired: false, withoutNotes: ['rules.appeal_deadline.note_safe_passed'] }],
    },
    {
      name: 'once the 3 months have passed without an appeal, the period has ended (not "overdue") and the note explains missing mentions',
      today: '2025-05-01',
      facts: facts({ decisions: [decision('r', 'refusal', { notifiedOn: '2025-01-10' })] }),
      expected: [{ kind: 'appeal-deadline', due: '2025-04-10', state: 'done', expired: true, notes: { 'rules.appeal_deadline.note_expired': {} } }],
    },
    {
      name: 'a grant notified on the project gives an appeal deadline on the project',
      today: '2025-03-01',
      facts: facts({}, { grantedOn: '2025-02-10', grantNotifiedOn: '2025-02-14' }),
      expected: [{ kind: 'appeal-deadline', due: '2025-05-14', record: { table: 'projects', id: P } }],
    },
  ])

  it('sorts the appeal by its safe date: a step on Saturday 27 February 2027 comes after the appeal to send by Friday 26', () => {
    const f = facts({ decisions: issueCase.decisions, steps: [step('s', '2027-02-27')] })
    const kinds = computeReminders(f, '2027-02-10').filter((r) => r.kind === 'appeal-deadline' || r.kind === 'step-due').map((r) => r.kind)
    expect(kinds).toEqual(['appeal-deadline', 'step-due'])
  })

  it('gives no other kind of reminder a safe date', () => {
    const f = facts({ decisions: issueCase.decisions, steps: [step('s', '2027-02-27')] }, { requestedOn: '2026-10-01' })
    for (const r of computeReminders(f, '2027-02-10')) if (r.kind !== 'appeal-deadline') expect(r, r.kind).not.toHaveProperty('safeBy')
  })
})

describe('isip-due: the ISIP is concluded within 3 months of the grant, when mandatory', () => {
  run([
    {
      name: 'an under-25 granted income on 30 November 2025 must have an ISIP by 28 February 2026',
      today: '2026-01-10',
      facts: facts({}, { birthDate: '2002-05-10', grantedOn: '2025-11-30' }),
      expected: [{ kind: 'isip-due', due: '2026-02-28', state: 'upcoming', notes: { 'rules.isip_due.note_from_notification': {} } }],
    },
    {
      name: 'a new beneficiary granted on 31 May 2025 and notified on 4 June: due 31 August, or 4 September counted from the notification',
      today: '2025-08-31',
      facts: facts({ decisions: [decision('g', 'grant', { decidedOn: '2025-05-31', notifiedOn: '2025-06-04' })] }, { ageBand: '25-or-more', newBeneficiary: true }),
      expected: [
        {
          kind: 'isip-due',
          due: '2025-08-31',
          state: 'due-today',
          record: { table: 'decisions', id: 'g' },
          notes: { 'rules.isip_due.note_from_notification_date': { date: '2025-09-04', notifiedDate: '2025-06-04' } },
        },
      ],
    },
    {
      name: 'someone aged 25 or more who is not a new beneficiary has no ISIP deadline',
      today: '2025-08-01',
      facts: facts({}, { ageBand: '25-or-more', newBeneficiary: false, grantedOn: '2025-06-01' }),
      expected: [],
      absent: ['isip-due'],
    },
    {
      name: 'a new beneficiary exempted for health reasons has no ISIP deadline',
      today: '2025-08-01',
      facts: facts({}, { newBeneficiary: true, exemption: 'health', grantedOn: '2025-06-01' }),
      expected: [],
      absent: ['isip-due'],
    },
    {
      name: 'an under-25 working part-time with a top-up has no ISIP deadline',
      today: '2025-08-01',
      facts: facts({}, { ageBand: 'under-25', exemption: 'working-top-up', grantedOn: '2025-06-01' }),
      expected: [],
      absent: ['isip-due'],
    },
    {
      name: 'once a contract is signed, the ISIP deadline is done',
      today: '2025-08-01',
      facts: facts({ contracts: [contract('c', { signedOn: '2025-07-15' })] }, { ageBand: 'under-25', grantedOn: '2025-06-01' }),
      expected: [{ kind: 'isip-due', due: '2025-09-01', state: 'done' }],
    },
    {
      name: 'when age and new-beneficiary status are unknown, the deadline is shown "if an ISIP is mandatory for you"',
      today: '2025-07-01',
      facts: facts({}, { grantedOn: '2025-06-01' }),
      expected: [{ kind: 'isip-due', due: '2025-09-01', notes: { 'rules.isip_due.note_if_mandatory': {} } }],
    },
    {
      name: 'someone who was 24 on the day of the grant keeps the ISIP deadline after turning 25',
      today: '2026-01-05',
      facts: facts({}, { birthDate: '2000-12-01', grantedOn: '2025-11-20' }),
      expected: [{ kind: 'isip-due', due: '2026-02-20', state: 'upcoming' }],
    },
  ])
})

describe('cooling-off-ends: 5 calendar days to think before signing (some say working days)', () => {
  run([
    {
      name: 'a draft received on Friday 19 December 2025: until Wednesday 24 December, or Monday 29 December in working days (Christmas skipped)',
      today: '2025-12-20',
      facts: facts({ contracts: [contract('c', { draftReceivedOn: '2025-12-19' })] }),
      expected: [
        {
          kind: 'cooling-off-ends',
          due: '2025-12-24',
          state: 'soon',
          notes: { 'rules.cooling_off_ends.note_working_days': { date: '2025-12-29' }, 'rules.cooling_off_ends.note_start': { start: '2025-12-19' } },
        },
      ],
    },
    {
      name: 'a draft received on the last day of January 2026 (a Saturday): until 5 February, or 6 February in working days',
      today: '2026-02-01',
      facts: facts({ contracts: [contract('c', { draftReceivedOn: '2026-01-31' })] }),
      expected: [{ kind: 'cooling-off-ends', due: '2026-02-05', notes: { 'rules.cooling_off_ends.note_working_days': { date: '2026-02-06' } } }],
    },
    {
      name: 'a draft received on 28 February 2024 (leap year): until 4 March, or 6 March in working days',
      today: '2024-02-28',
      facts: facts({ contracts: [contract('c', { draftReceivedOn: '2024-02-28' })] }),
      expected: [{ kind: 'cooling-off-ends', due: '2024-03-04', notes: { 'rules.cooling_off_ends.note_working_days': { date: '2024-03-06' } } }],
    },
    {
      name: 'a draft received on Thursday 2 April 2026, before Easter Monday: until 7 April, or 10 April in working days',
      today: '2026-04-03',
      facts: facts({ contracts: [contract('c', { draftReceivedOn: '2026-04-02' })] }),
      expected: [{ kind: 'cooling-off-ends', due: '2026-04-07', notes: { 'rules.cooling_off_ends.note_working_days': { date: '2026-04-10' } } }],
    },
    {
      name: 'a draft received on a Sunday gives the same Friday either way, so no working-days note',
      today: '2025-03-03',
      facts: facts({ contracts: [contract('c', { draftReceivedOn: '2025-03-02' })] }),
      expected: [{ kind: 'cooling-off-ends', due: '2025-03-07', withoutNotes: ['rules.cooling_off_ends.note_working_days'] }],
    },
    {
      name: 'a signed contract ends the cooling-off reminder',
      today: '2025-12-22',
      facts: facts({ contracts: [contract('c', { draftReceivedOn: '2025-12-19', signedOn: '2025-12-22' })] }),
      expected: [{ kind: 'cooling-off-ends', state: 'done', expired: false }],
    },
    {
      name: 'once the 5 days have passed without signing, the period has simply ended',
      today: '2026-01-10',
      facts: facts({ contracts: [contract('c', { draftReceivedOn: '2025-12-19' })] }),
      expected: [{ kind: 'cooling-off-ends', due: '2025-12-24', state: 'done', expired: true }],
    },
  ])
})

describe('meeting-due: the PCSW grants the meeting within 5 working days, at the latest', () => {
  run([
    {
      name: 'meeting requested on Friday 18 December 2026 is due Monday 28 December at the latest (Christmas skipped)',
      today: '2026-12-18',
      facts: facts({ meetingRequests: [meeting('m', '2026-12-18')] }),
      expected: [{ kind: 'meeting-due', due: '2026-12-28', state: 'upcoming', skippedHolidays: ['christmas'] }],
    },
    {
      name: 'meeting requested on Monday 28 December 2026 is due Tuesday 5 January 2027 (New Year’s Day skipped)',
      today: '2026-12-30',
      facts: facts({ meetingRequests: [meeting('m', '2026-12-28')] }),
      expected: [{ kind: 'meeting-due', due: '2027-01-05', state: 'soon', skippedHolidays: ['new_year'] }],
    },
    {
      name: 'meeting requested on Christmas Eve 2025 is due Friday 2 January 2026 (Christmas and New Year skipped)',
      today: '2025-12-24',
      facts: facts({ meetingRequests: [meeting('m', '2025-12-24')] }),
      expected: [{ kind: 'meeting-due', due: '2026-01-02', skippedHolidays: ['christmas', 'new_year'] }],
    },
    {
      name: 'meeting requested on Wednesday 16 April 2025 is due Thursday 24 April (Easter Monday skipped)',
      today: '2025-04-16',
      facts: facts({ meetingRequests: [meeting('m', '2025-04-16')] }),
      expected: [{ kind: 'meeting-due', due: '2025-04-24', skippedHolidays: ['easter_monday'] }],
    },
    {
      name: 'meeting requested on Monday 11 May 2026 is due Tuesday 19 May (Ascension skipped)',
      today: '2026-05-11',
      facts: facts({ meetingRequests: [meeting('m', '2026-05-11')] }),
      expected: [{ kind: 'meeting-due', due: '2026-05-19', skippedHolidays: ['ascension'] }],
    },
    {
      name: 'meeting requested on Thursday 21 May 2026 is due Friday 29 May (Whit Monday skipped)',
      today: '2026-05-21',
      facts: facts({ meetingRequests: [meeting('m', '2026-05-21')] }),
      expected: [{ kind: 'meeting-due', due: '2026-05-29', skippedHolidays: ['whit_monday'] }],
    },
    {
      name: 'meeting requested on Tuesday 28 April 2026 is due Wednesday 6 May (1 May skipped)',
      today: '2026-04-28',
      facts: facts({ meetingRequests: [meeting('m', '2026-04-28')] }),
      expected: [{ kind: 'meeting-due', due: '2026-05-06', skippedHolidays: ['labour_day'] }],
    },
    {
      name: 'meeting requested on Wednesday 16 July 2025 is due Thursday 24 July (21 July skipped)',
      today: '2025-07-16',
      facts: facts({ meetingRequests: [meeting('m', '2025-07-16')] }),
      expected: [{ kind: 'meeting-due', due: '2025-07-24', skippedHolidays: ['national_day'] }],
    },
    {
      name: 'meeting requested on Wednesday 13 August 2025 is due Thursday 21 August (15 August skipped)',
      today: '2025-08-13',
      facts: facts({ meetingRequests: [meeting('m', '2025-08-13')] }),
      expected: [{ kind: 'meeting-due', due: '2025-08-21', skippedHolidays: ['assumption'] }],
    },
    {
      name: 'meeting requested on Friday 29 October 2027 is due Monday 8 November (1 November skipped)',
      today: '2027-10-29',
      facts: facts({ meetingRequests: [meeting('m', '2027-10-29')] }),
      expected: [{ kind: 'meeting-due', due: '2027-11-08', skippedHolidays: ['all_saints'] }],
    },
    {
      name: 'meeting requested on Friday 7 November 2025 is due Monday 17 November (11 November skipped)',
      today: '2025-11-07',
      facts: facts({ meetingRequests: [meeting('m', '2025-11-07')] }),
      expected: [{ kind: 'meeting-due', due: '2025-11-17', skippedHolidays: ['armistice'] }],
    },
    {
      name: 'meeting requested on Thursday 29 October 2026 is due Thursday 5 November (1 November is a Sunday anyway)',
      today: '2026-10-29',
      facts: facts({ meetingRequests: [meeting('m', '2026-10-29')] }),
      expected: [{ kind: 'meeting-due', due: '2026-11-05', skippedHolidays: ['all_saints'] }],
    },
    {
      name: 'meeting requested on Monday 1 September 2025 is due today, Monday 8 September',
      today: '2025-09-08',
      facts: facts({ meetingRequests: [meeting('m', '2025-09-01')] }),
      expected: [{ kind: 'meeting-due', due: '2025-09-08', state: 'due-today', skippedHolidays: [] }],
    },
    {
      name: 'meeting requested on Friday 3 January 2025 and not granted is overdue on Monday 13 January (due Friday 10)',
      today: '2025-01-13',
      facts: facts({ meetingRequests: [meeting('m', '2025-01-03')] }),
      expected: [{ kind: 'meeting-due', due: '2025-01-10', state: 'overdue' }],
    },
    {
      name: 'a meeting held is done',
      today: '2025-01-13',
      facts: facts({ meetingRequests: [meeting('m', '2025-01-03', { meetingOn: '2025-01-14', held: true })] }),
      expected: [{ kind: 'meeting-due', state: 'done' }],
    },
    {
      name: 'a meeting date given within the 5 working days counts as granted',
      today: '2025-01-06',
      facts: facts({ meetingRequests: [meeting('m', '2025-01-03', { meetingOn: '2025-01-09' })] }),
      expected: [{ kind: 'meeting-due', state: 'done' }],
    },
    {
      name: 'a meeting date given later than the 5 working days is noted',
      today: '2025-01-06',
      facts: facts({ meetingRequests: [meeting('m', '2025-01-03', { meetingOn: '2025-01-20' })] }),
      expected: [{ kind: 'meeting-due', due: '2025-01-10', state: 'soon', notes: { 'rules.meeting_due.note_later_than_rule': { meetingDate: '2025-01-20', date: '2025-01-10' } } }],
    },
  ])
})

describe('evaluation-due: 3 evaluations a contract year, 2 in person, about every 4 months', () => {
  run([
    {
      name: 'signed on 15 January 2025 with no evaluation yet: the first is expected by 15 May',
      today: '2025-03-01',
      facts: facts({ contracts: [contract('c', { signedOn: '2025-01-15' })] }),
      expected: [
        {
          kind: 'evaluation-due',
          id: 'evaluation-due:c:1:1',
          due: '2025-05-15',
          state: 'upcoming',
          explanationKey: 'rules.evaluation_due.why_first',
          messageKey: 'reminders.evaluation_due.title',
          notes: { 'rules.evaluation_due.note_year_reading': { yearStart: '2025-01-15', yearEnd: '2026-01-14' } },
        },
      ],
    },
    {
      name: 'after one evaluation held in person on 10 April 2025, the next is expected by 10 August',
      today: '2025-05-01',
      facts: facts({ contracts: [contract('c', { signedOn: '2025-01-15' })], evaluations: [evaluation('e1', { heldOn: '2025-04-10', inPerson: true })] }),
      expected: [{ kind: 'evaluation-due', id: 'evaluation-due:c:1:2', due: '2025-08-10', explanationKey: 'rules.evaluation_due.why' }],
    },
    {
      name: 'signed on 31 October 2025: the first evaluation is expected by 28 February 2026 (month end)',
      today: '2026-01-10',
      facts: facts({ contracts: [contract('c', { signedOn: '2025-10-31' })] }),
      expected: [{ kind: 'evaluation-due', due: '2026-02-28' }],
    },
    {
      name: 'the third evaluation is expected by the last day of the contract year, not 4 months after the second',
      today: '2025-12-01',
      facts: facts({
        contracts: [contract('c', { signedOn: '2025-01-15' })],
        evaluations: [evaluation('e1', { heldOn: '2025-05-10', inPerson: true }), evaluation('e2', { heldOn: '2025-11-20', inPerson: true })],
      }),
      expected: [{ kind: 'evaluation-due', id: 'evaluation-due:c:1:3', due: '2026-01-14', state: 'upcoming' }],
    },
    {
      name: 'three evaluations but only one in person: one more in person is expected',
      today: '2025-10-01',
      facts: facts({
        contracts: [contract('c', { signedOn: '2025-01-15' })],
        evaluations: [
          evaluation('e1', { heldOn: '2025-03-01', inPerson: true }),
          evaluation('e2', { heldOn: '2025-06-01', inPerson: false }),
          evaluation('e3', { heldOn: '2025-09-01' }),
        ],
      }),
      expected: [{ kind: 'evaluation-due', id: 'evaluation-due:c:1:4', due: '2026-01-01', messageKey: 'reminders.evaluation_due.title_in_person' }],
    },
    {
      name: 'three evaluations, two in person: nothing more is due this year',
      today: '2025-10-01',
      facts: facts({
        contracts: [contract('c', { signedOn: '2025-01-15' })],
        evaluations: [
          evaluation('e1', { heldOn: '2025-03-01', inPerson: true }),
          evaluation('e2', { heldOn: '2025-06-01', inPerson: true }),
          evaluation('e3', { heldOn: '2025-09-01', inPerson: false }),
        ],
      }),
      expected: [],
      absent: ['evaluation-due'],
    },
    {
      name: 'a year that ended with one evaluation stays overdue and says it can no longer reach 3, nor 2 in person',
      today: '2025-02-01',
      facts: facts({ contracts: [contract('c', { signedOn: '2024-01-15' })], evaluations: [evaluation('e1', { heldOn: '2024-03-01', inPerson: true })] }),
      expected: [
        {
          kind: 'evaluation-due',
          id: 'evaluation-due:c:1:2',
          due: '2024-07-01',
          state: 'overdue',
          notes: {
            'rules.evaluation_due.note_cannot_reach_three': { held: 1, needed: 3, yearEnd: '2025-01-14' },
            'rules.evaluation_due.note_cannot_reach_two_in_person': { heldInPerson: 1, neededInPerson: 2 },
          },
        },
        { kind: 'evaluation-due', id: 'evaluation-due:c:2:1', due: '2025-05-15', state: 'upcoming', withoutNotes: ['rules.evaluation_due.note_cannot_reach_three'] },
      ],
    },
    {
      name: 'a planned evaluation date is shown with the reminder',
      today: '2025-03-01',
      facts: facts({ contracts: [contract('c', { signedOn: '2025-01-15' })], evaluations: [evaluation('e1', { plannedOn: '2025-04-22' })] }),
      expected: [{ kind: 'evaluation-due', due: '2025-05-15', notes: { 'rules.evaluation_due.note_planned': { plannedDate: '2025-04-22' } } }],
    },
    {
      name: 'an unsigned contract has no evaluation rhythm yet',
      today: '2025-03-01',
      facts: facts({ contracts: [contract('c', { draftReceivedOn: '2025-02-20' })] }),
      expected: [],
      absent: ['evaluation-due'],
    },
  ])
})

describe('step-due: a step of your plan, with a heads-up 3 days before', () => {
  const plan = (extra: Partial<Step> = {}) => facts({ steps: [step('s', '2026-03-10', extra)] })
  run([
    { name: 'a step due 10 March is upcoming on 6 March', today: '2026-03-06', facts: plan(), expected: [{ kind: 'step-due', due: '2026-03-10', state: 'upcoming' }] },
    { name: 'a step due 10 March is "soon" from 7 March (3 days before)', today: '2026-03-07', facts: plan(), expected: [{ kind: 'step-due', state: 'soon' }] },
    { name: 'a step is due today on its date', today: '2026-03-10', facts: plan(), expected: [{ kind: 'step-due', state: 'due-today', messageKey: 'reminders.step_due.title_me', messageValues: { title: 'Call the housing office' } }] },
    { name: 'a step not done after its date is overdue', today: '2026-03-11', facts: plan({ status: 'doing' }), expected: [{ kind: 'step-due', state: 'overdue' }] },
    { name: 'a step done is done', today: '2026-03-11', facts: plan({ status: 'done', doneOn: '2026-03-09' }), expected: [{ kind: 'step-due', state: 'done' }] },
    { name: 'a dropped step gives no reminder', today: '2026-03-11', facts: plan({ status: 'dropped' }), expected: [], absent: ['step-due'] },
    { name: 'a step for the PCSW says so', today: '2026-03-01', facts: plan({ who: 'pcsw' }), expected: [{ kind: 'step-due', messageKey: 'reminders.step_due.title_pcsw' }] },
    { name: 'a step without a date gives no reminder', today: '2026-03-01', facts: facts({ steps: [step('s', undefined)] }), expected: [], absent: ['step-due'] },
  ])
})

describe('repeat-window-ends: a year after a sanction', () => {
  run([
    {
      name: 'a sanction decided on 29 February 2024: the repeat window ends on 28 February 2025',
      today: '2025-01-10',
      facts: facts({ decisions: [decision('s', 'sanction', { decidedOn: '2024-02-29' })] }),
      expected: [{ kind: 'repeat-window-ends', due: '2025-02-28', state: 'upcoming', notes: { 'rules.repeat_window_ends.note_reference_point': {} } }],
    },
    {
      name: 'after the window, the reminder is simply over',
      today: '2025-03-01',
      facts: facts({ decisions: [decision('s', 'sanction', { decidedOn: '2024-02-29' })] }),
      expected: [{ kind: 'repeat-window-ends', state: 'done', expired: true }],
    },
  ])
})

describe('trip-notice: tell the PCSW before leaving for a week or more', () => {
  run([
    {
      name: 'leaving 1 July and back 7 July 2026 (7 days away) must be announced by the departure',
      today: '2026-06-28',
      facts: facts({ trips: [trip('t', '2026-07-01', { returnsOn: '2026-07-07' })] }),
      expected: [{ kind: 'trip-notice', due: '2026-07-01', state: 'soon', messageValues: { days: 7, returnDate: '2026-07-07' } }],
    },
    {
      name: 'leaving 1 July and back 6 July 2026 (6 days away) needs no notice',
      today: '2026-06-28',
      facts: facts({ trips: [trip('t', '2026-07-01', { returnsOn: '2026-07-06' })] }),
      expected: [],
      absent: ['trip-notice'],
    },
    {
      name: 'a trip with no return date must be announced, with a note on long stays',
      today: '2026-06-28',
      facts: facts({ trips: [trip('t', '2026-07-01')] }),
      expected: [{ kind: 'trip-notice', notes: { 'rules.trip_notice.note_return_unknown': {}, 'rules.trip_notice.note_long_stay': { days: 28 } } }],
    },
    {
      name: 'an announced trip is done',
      today: '2026-06-28',
      facts: facts({ trips: [trip('t', '2026-07-01', { returnsOn: '2026-07-20', announcedOn: '2026-06-20' })] }),
      expected: [{ kind: 'trip-notice', state: 'done', withoutNotes: ['rules.trip_notice.note_long_stay'] }],
    },
    {
      name: 'a stay of 30 days warns that payment may be suspended',
      today: '2026-06-01',
      facts: facts({ trips: [trip('t', '2026-07-01', { returnsOn: '2026-07-30' })] }),
      expected: [{ kind: 'trip-notice', state: 'upcoming', notes: { 'rules.trip_notice.note_long_stay': { days: 28 } } }],
    },
  ])
})

describe('backup-due: keep a copy of your data', () => {
  run([
    {
      name: 'exported on 31 December 2025, the next copy is advised by 1 March 2026',
      today: '2026-03-02',
      facts: facts({ lastExportOn: '2025-12-31' }),
      expected: [{ kind: 'backup-due', id: `backup-due:${P}`, due: '2026-03-01', state: 'overdue', explanationKey: 'rules.backup_due.why' }],
    },
    {
      name: 'exported on 15 January 2024 (leap year), the next copy is advised by 15 March',
      today: '2024-02-01',
      facts: facts({ lastExportOn: '2024-01-15' }),
      expected: [{ kind: 'backup-due', due: '2024-03-15', state: 'upcoming' }],
    },
    {
      name: 'never exported: a first copy is advised a week after the project was created',
      today: '2026-01-10',
      facts: { project: project({ createdAt: '2026-01-10T08:00:00.000Z' }) },
      expected: [{ kind: 'backup-due', id: `backup-due:${P}`, due: '2026-01-17', state: 'soon', explanationKey: 'rules.backup_due.why_first' }],
    },
    {
      name: 'a "done" mark with no copy made does not hide it: only an export moves it on',
      today: '2026-03-02',
      facts: facts({ lastExportOn: '2025-12-31', marks: [mark(`backup-due:${P}`, 'done')] }),
      expected: [{ kind: 'backup-due', due: '2026-03-01', state: 'overdue', markedDone: false }],
    },
    {
      name: 'a "seen" mark lasts one cycle: one made before the last copy no longer counts',
      today: '2026-03-02',
      facts: facts({ lastExportOn: '2025-12-31', marks: [mark(`backup-due:${P}`, 'seen', '2025-12-30')] }),
      expected: [{ kind: 'backup-due', seen: false }],
    },
    {
      name: 'a "seen" mark made since the last copy counts',
      today: '2026-03-02',
      facts: facts({ lastExportOn: '2025-12-31', marks: [mark(`backup-due:${P}`, 'seen', '2026-03-01')] }),
      expected: [{ kind: 'backup-due', seen: true }],
    },
    {
      name: 'a mark from before issue 11, with the day of the copy in its id, still counts in its cycle',
      today: '2026-03-02',
      facts: facts({ lastExportOn: '2025-12-31', marks: [mark(`backup-due:${P}:2025-12-31`, 'seen', '2026-01-05')] }),
      expected: [{ kind: 'backup-due', seen: true }],
    },
  ])
})

describe('hearing-right: after a formal notice, you may ask to be heard', () => {
  run([
    {
      name: 'a formal notice received on 10 February 2026 asks for action now, never "overdue"',
      today: '2026-02-20',
      facts: facts({ notices: [notice('n', '2026-02-10')] }),
      expected: [{ kind: 'hearing-right', due: '2026-02-10', state: 'due-today', notes: { 'rules.hearing_right.note_meeting': {} } }],
    },
    {
      name: 'once a hearing is asked for, it is done',
      today: '2026-02-20',
      facts: facts({ notices: [notice('n', '2026-02-10', { hearingAskedOn: '2026-02-12' })] }),
      expected: [{ kind: 'hearing-right', state: 'done' }],
    },
  ])
})

describe('marks: the person’s seen and done', () => {
  run([
    {
      name: 'a "done" mark makes an overdue step done',
      today: '2026-03-11',
      facts: facts({ steps: [step('s', '2026-03-10')], marks: [mark('step-due:s', 'done')] }),
      expected: [{ kind: 'step-due', state: 'done', markedDone: true, seen: true }],
    },
    {
      name: 'a "seen" mark keeps the state and says it was seen',
      today: '2026-03-11',
      facts: facts({ steps: [step('s', '2026-03-10')], marks: [mark('step-due:s', 'seen')] }),
      expected: [{ kind: 'step-due', state: 'overdue', seen: true, markedDone: false }],
    },
    {
      name: 'a "done" mark on one evaluation does not hide the next one',
      today: '2025-05-01',
      facts: facts({
        contracts: [contract('c', { signedOn: '2025-01-15' })],
        evaluations: [evaluation('e1', { heldOn: '2025-04-10', inPerson: true })],
        marks: [mark('evaluation-due:c:1:1', 'done')],
      }),
      expected: [{ kind: 'evaluation-due', id: 'evaluation-due:c:1:2', state: 'upcoming' }],
    },
  ])
})

describe('computeReminders', () => {
  it('returns reminders soonest first, whatever the order of the input', () => {
    const f = facts({
      steps: [step('late', '2026-05-01'), step('early', '2026-03-01'), step('mid', '2026-04-01')],
      meetingRequests: [meeting('m', '2026-03-02')],
    })
    const dues = computeReminders(f, '2026-02-01').map((r) => r.due)
    expect(dues).toEqual([...dues].sort())
    const reversed = computeReminders({ ...f, steps: [...(f.steps ?? [])].reverse() }, '2026-02-01')
    expect(reversed.map((r) => r.id)).toEqual(computeReminders(f, '2026-02-01').map((r) => r.id))
  })

  it('gives every reminder its rule, sources, message, explanation and a "soon" date', () => {
    const f = facts(
      { decisions: [decision('r', 'refusal', { decidedOn: '2025-11-26', notifiedOn: '2025-12-01' })], meetingRequests: [meeting('m', '2025-12-24')] },
      { requestedOn: '2025-11-01' },
    )
    for (const r of computeReminders(f, '2025-12-26')) {
      expect(r.ruleId).toBe(r.kind)
      expect(r.sources.length).toBeGreaterThan(0)
      expect(r.message.key).toMatch(/^reminders\.[a-z_]+\.[a-z_]+$/)
      expect(r.explanation.key).toMatch(/^rules\.[a-z_]+\.[a-z_]+$/)
      expect(r.soonFrom <= r.due).toBe(true)
    }
  })

  it('skips a record with an impossible date instead of failing', () => {
    const f = facts({ steps: [step('bad', '2026-02-30'), step('good', '2026-03-01')], meetingRequests: [meeting('m', 'soon')] })
    const ids = computeReminders(f, '2026-02-01').map((r) => r.id)
    expect(ids.filter((id) => !id.startsWith('backup-due:'))).toEqual(['step-due:good'])
  })

  it('refuses a "today" that is not a date', () => {
    expect(() => computeReminders(facts(), '2026-13-01')).toThrow(RangeError)
  })

  it('never presents community service', () => {
    const f = facts({ decisions: [decision('s', 'sanction', { decidedOn: '2025-01-10', notifiedOn: '2025-01-12' })], notices: [notice('n', '2024-12-01')] })
    const text = JSON.stringify(computeReminders(f, '2025-02-01'))
    expect(text).not.toMatch(/community|communautaire|gemeenschapsdienst/i)
  })
})
