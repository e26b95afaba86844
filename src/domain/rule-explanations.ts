/**
 * "Why this date?" for My rights: a worked example of every rule, the legal values its general statement names,
 * and how a reminder's date was counted, day by day. Pure: the day the values are read for is an argument.
 */
import { addDays, addMonthsClamped, isValidIsoDate, type SkippedDay } from './dates'
import type { IsoDate, Project } from './model'
import { parameterOn, type ParameterId } from './parameters'
import { computeReminders, type ProjectFacts, type Reminder, type ReminderKind } from './reminders'

/** Made-up facts for each rule's worked example, and the day they are looked at (the day the count starts). */
export interface RuleExample {
  facts: ProjectFacts
  today: IsoDate
}

function exampleProject(createdOn: IsoDate, extra: Partial<Project> = {}): Project {
  const at = `${createdOn}T09:00:00.000Z`
  return { id: 'example', createdAt: at, updatedAt: at, pcsw: { name: 'CPAS', municipality: 'Tournai' }, ...extra }
}

/**
 * One worked example per kind of reminder, counted by the rules engine itself (never written out by hand), so
 * "why this date?" always shows what the app really computes. The meeting example is the one of the issue:
 * asked on Friday 18 December 2026, due Monday 28 December 2026 because Christmas is a holiday. The appeal example
 * is notified on 30 November 2026: 3 months end on Sunday 28 February 2027, so the legal last day is Monday 1 March
 * and the safe date Friday 26 February.
 */
export const RULE_EXAMPLES: Record<ReminderKind, RuleExample> = {
  'decision-due': { today: '2026-10-01', facts: { project: exampleProject('2026-10-01', { requestedOn: '2026-10-01' }) } },
  'notification-due': {
    today: '2026-10-20',
    facts: { project: exampleProject('2026-10-20'), decisions: [{ id: 'd', projectId: 'example', kind: 'grant', decidedOn: '2026-10-20' }] },
  },
  'appeal-deadline': {
    today: '2026-11-30',
    facts: {
      project: exampleProject('2026-11-30'),
      decisions: [{ id: 'd', projectId: 'example', kind: 'refusal', decidedOn: '2026-11-24', notifiedOn: '2026-11-30' }],
    },
  },
  'isip-due': { today: '2026-10-20', facts: { project: exampleProject('2026-10-20', { grantedOn: '2026-10-20', ageBand: 'under-25' }) } },
  'cooling-off-ends': {
    today: '2026-12-18',
    facts: { project: exampleProject('2026-12-18'), contracts: [{ id: 'c', projectId: 'example', draftReceivedOn: '2026-12-18', signedBy: {} }] },
  },
  'meeting-due': {
    today: '2026-12-18',
    facts: { project: exampleProject('2026-12-18'), meetingRequests: [{ id: 'm', projectId: 'example', askedOn: '2026-12-18', how: 'phone' }] },
  },
  'evaluation-due': {
    today: '2026-01-15',
    facts: { project: exampleProject('2026-01-15'), contracts: [{ id: 'c', projectId: 'example', signedOn: '2026-01-15', signedBy: {} }] },
  },
  'step-due': {
    today: '2026-12-14',
    facts: {
      project: exampleProject('2026-12-14'),
      steps: [{ id: 's', projectId: 'example', title: '…', who: 'me', dueDate: '2026-12-18', status: 'todo', author: { role: 'me' }, createdOn: '2026-12-14', order: 0 }],
    },
  },
  'repeat-window-ends': {
    today: '2026-06-10',
    facts: { project: exampleProject('2026-06-10'), decisions: [{ id: 'd', projectId: 'example', kind: 'sanction', decidedOn: '2026-06-10' }] },
  },
  'trip-notice': {
    today: '2026-06-15',
    facts: { project: exampleProject('2026-06-15'), trips: [{ id: 't', projectId: 'example', leavesOn: '2026-07-01', returnsOn: '2026-07-14' }] },
  },
  'backup-due': { today: '2026-12-18', facts: { project: exampleProject('2026-12-18') } },
  'hearing-right': {
    today: '2026-12-18',
    facts: { project: exampleProject('2026-12-18'), notices: [{ id: 'n', projectId: 'example', receivedOn: '2026-12-18' }] },
  },
}

/** The reminder of a kind that the rules engine computes for that kind's example. */
export function exampleReminder(kind: ReminderKind): Reminder | undefined {
  const { facts, today } = RULE_EXAMPLES[kind]
  return computeReminders(facts, today).find((r) => r.kind === kind)
}

/** The legal values each rule's general statement (`why.rules.<kind>`) names, by placeholder. */
const RULE_PARAMETERS: Record<ReminderKind, Record<string, ParameterId>> = {
  'decision-due': { length: 'decision_days' },
  'notification-due': { length: 'notification_days' },
  'appeal-deadline': { length: 'appeal_months' },
  'isip-due': { length: 'isip_months', age: 'under_25_age' },
  'cooling-off-ends': { length: 'cooling_off_days' },
  'meeting-due': { length: 'meeting_working_days' },
  'evaluation-due': { needed: 'evaluations_per_year', neededInPerson: 'evaluations_in_person_per_year', length: 'evaluation_spacing_months' },
  'step-due': { length: 'step_heads_up_days' },
  'repeat-window-ends': { firstMax: 'sanction_max_months', repeatMax: 'repeat_sanction_max_months' },
  'trip-notice': { length: 'trip_notice_min_days' },
  'backup-due': { length: 'backup_interval_days' },
  'hearing-right': {},
}

/** The values a rule's general statement names (lengths, counts, ages), as in force on `today`. */
export function ruleValues(kind: ReminderKind, today: IsoDate): Record<string, number> {
  return Object.fromEntries(Object.entries(RULE_PARAMETERS[kind]).map(([name, id]) => [name, parameterOn(id, today)]))
}

/** How a reminder's date was counted: a message (`why.count.*`), the holidays passed over, and the days one by one. */
export interface Count {
  key: string
  values: Record<string, string | number>
  /** Legal holidays that were not counted (working-day rules). */
  holidays: SkippedDay[]
  /** Working-day rules: every day after the start up to the date, counted (`n`) or skipped (why). */
  days: ({ date: IsoDate; n: number } | { date: IsoDate; skipped: SkippedDay })[]
}

/**
 * The count behind a reminder's date, from its explanation: the start event, the length and unit, and the days a
 * working-day rule passed over. Where the date is not simply start + length (an evaluation capped by the end of the
 * contract year; an appeal's last day moved off a weekend or holiday, with its "to be safe" date), it says so.
 */
export function countOf(reminder: Reminder): Count {
  const { start, length, unit, skipped = [] } = reminder.explanation
  const due = reminder.due
  const base = { holidays: [] as SkippedDay[], days: [] as Count['days'] }
  if (length === undefined || start.date === due || !isValidIsoDate(start.date)) {
    return { ...base, key: 'why.count.event_day', values: { event: start.event, date: due } }
  }
  const values: Record<string, string | number> = { start: start.date, length, date: due }
  if (unit === 'working-days') {
    const holidays = skipped.filter((s) => s.holiday !== undefined)
    const skippedOn = new Map(skipped.map((s) => [s.date, s]))
    const days: Count['days'] = []
    let n = 0
    for (let d = addDays(start.date, 1); d <= due; d = addDays(d, 1)) {
      const s = skippedOn.get(d)
      days.push(s ? { date: d, skipped: s } : { date: d, n: (n += 1) })
    }
    const key = holidays.length === 0 ? 'working_days' : holidays.length === 1 ? 'working_days_holiday' : 'working_days_holidays'
    return { key: `why.count.${key}`, values, holidays, days }
  }
  if (unit === 'calendar-days' && addDays(start.date, length) === due) return { ...base, key: 'why.count.calendar_days', values }
  if (unit === 'months' || unit === 'years') {
    const months = unit === 'years' ? length * 12 : length
    const full = addMonthsClamped(start.date, months)
    const monthValues = { ...values, length: months }
    const { movedFrom } = reminder.explanation
    if (movedFrom !== undefined && movedFrom === full && movedFrom !== due) {
      // A last day moved off a weekend or holiday (the appeal): the count gave `movedFrom`, the law moves it to `due`.
      const holidays = skipped.filter((s) => s.holiday !== undefined)
      const movedValues: Record<string, string | number> = { ...monthValues, unmoved: movedFrom }
      if (reminder.safeBy !== undefined) movedValues.safeBy = reminder.safeBy
      return { ...base, holidays, key: holidays.length === 0 ? 'why.count.months_moved' : 'why.count.months_moved_holiday', values: movedValues }
    }
    if (full !== due) return { ...base, key: 'why.count.capped', values: monthValues }
    const clamped = full.slice(8) !== start.date.slice(8)
    return { ...base, key: clamped ? 'why.count.months_clamped' : 'why.count.months', values: monthValues }
  }
  return { ...base, key: 'why.count.generic', values: { start: start.date, date: due } }
}
