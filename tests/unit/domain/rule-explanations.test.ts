import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Decision, IsoDate, Project } from '@/domain/model'
import { computeReminders, INFO_REMINDER_KINDS, REMINDER_KINDS, type ProjectFacts, type Reminder, type ReminderKind } from '@/domain/reminders'
import { countOf, exampleReminder, RULE_EXAMPLES, ruleValues } from '@/domain/rule-explanations'

// Every expected date and count below was worked out by hand on a calendar (legal-facts §7 for the holidays),
// never copied from the engine's output.

const P = 'p1'
const ALL_KINDS: readonly ReminderKind[] = [...REMINDER_KINDS, ...INFO_REMINDER_KINDS]

function project(extra: Partial<Project> = {}): Project {
  return { id: P, createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z', pcsw: { name: 'OCMW', municipality: 'Gent' }, ...extra }
}

function facts(extra: Partial<ProjectFacts> = {}, projectExtra: Partial<Project> = {}): ProjectFacts {
  return { project: project(projectExtra), lastExportOn: '2030-01-01', ...extra }
}

function decision(kind: Decision['kind'], extra: Partial<Decision> = {}): Decision {
  return { id: 'd1', projectId: P, kind, ...extra }
}

/** The one reminder of `kind` the rules engine computes for these facts on `today`. */
function reminderOf(kind: ReminderKind, f: ProjectFacts, today: IsoDate): Reminder {
  const found = computeReminders(f, today).filter((r) => r.kind === kind)
  expect(found, `exactly one ${kind}`).toHaveLength(1)
  return found[0] as Reminder
}

// Read as plain JSON: importing locales/*.json goes through the vue-i18n plugin, which precompiles the messages.
const locales: Record<string, unknown> = Object.fromEntries(
  ['en', 'fr', 'nl'].map((lang) => [lang, JSON.parse(readFileSync(resolve(process.cwd(), 'locales', `${lang}.json`), 'utf8'))]),
)
const ruleStatement = (lang: string, kind: ReminderKind): string =>
  ['why', 'rules', kind.replace(/-/g, '_')].reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locales[lang]) as string

describe('worked examples', () => {
  it.each(ALL_KINDS)('the %s example is a reminder of that kind the rules engine really computes', (kind) => {
    const { facts: f, today } = RULE_EXAMPLES[kind]
    const computed = computeReminders(f, today).find((r) => r.kind === kind)
    expect(computed, `the ${kind} example gives a ${kind} reminder`).toBeDefined()
    expect(exampleReminder(kind)).toEqual(computed)
  })

  it('a meeting asked on Friday 18 December 2026 is due Monday 28 December 2026: Christmas is skipped', () => {
    const meeting = exampleReminder('meeting-due')
    expect(meeting?.explanation.start).toEqual({ event: 'meeting-request', date: '2026-12-18' })
    expect(meeting?.due).toBe('2026-12-28')
  })
})

describe('how a date was counted', () => {
  it('counts the Christmas meeting day by day: the weekends and Christmas are skipped, Monday 28 is the fifth', () => {
    const count = countOf(exampleReminder('meeting-due') as Reminder)
    expect(count.key).toBe('why.count.working_days_holiday')
    expect(count.values).toEqual({ start: '2026-12-18', length: 5, date: '2026-12-28' })
    expect(count.holidays).toEqual([{ date: '2026-12-25', weekend: false, holiday: 'christmas' }])
    expect(count.days).toEqual([
      { date: '2026-12-19', skipped: { date: '2026-12-19', weekend: true } },
      { date: '2026-12-20', skipped: { date: '2026-12-20', weekend: true } },
      { date: '2026-12-21', n: 1 },
      { date: '2026-12-22', n: 2 },
      { date: '2026-12-23', n: 3 },
      { date: '2026-12-24', n: 4 },
      { date: '2026-12-25', skipped: { date: '2026-12-25', weekend: false, holiday: 'christmas' } },
      { date: '2026-12-26', skipped: { date: '2026-12-26', weekend: true } },
      { date: '2026-12-27', skipped: { date: '2026-12-27', weekend: true } },
      { date: '2026-12-28', n: 5 },
    ])
  })

  it('a meeting asked on a Monday in an ordinary week counts five working days with no holiday', () => {
    const meeting = reminderOf('meeting-due', facts({ meetingRequests: [{ id: 'm1', projectId: P, askedOn: '2026-03-09', how: 'phone' }] }), '2026-03-09')
    const count = countOf(meeting)
    expect(count.key).toBe('why.count.working_days')
    expect(count.values).toEqual({ start: '2026-03-09', length: 5, date: '2026-03-16' })
    expect(count.holidays).toEqual([])
    expect(count.days.filter((d) => 'n' in d).map((d) => d.date)).toEqual(['2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-16'])
  })

  it('a decision asked for on 1 October 2026 is due 30 calendar days later, on 31 October', () => {
    const due = reminderOf('decision-due', facts({}, { requestedOn: '2026-10-01' }), '2026-10-01')
    const count = countOf(due)
    expect(count.key).toBe('why.count.calendar_days')
    expect(count.values).toEqual({ start: '2026-10-01', length: 30, date: '2026-10-31' })
    expect(count.days).toEqual([])
  })

  it('an ISIP granted on 20 October 2026 is due 3 months later, on the same day: 20 January 2027', () => {
    const due = reminderOf('isip-due', facts({}, { grantedOn: '2026-10-20', ageBand: 'under-25' }), '2026-10-20')
    const count = countOf(due)
    expect(count.key).toBe('why.count.months')
    expect(count.values).toEqual({ start: '2026-10-20', length: 3, date: '2027-01-20' })
  })

  it('an appeal notified on 30 November 2026 ends on Sunday 28 February 2027, so its legal last day moves to Monday 1 March; safe by Friday 26', () => {
    const appeal = reminderOf('appeal-deadline', facts({ decisions: [decision('refusal', { decidedOn: '2026-11-24', notifiedOn: '2026-11-30' })] }), '2026-11-30')
    const count = countOf(appeal)
    expect(count.key).toBe('why.count.months_moved')
    expect(count.values).toEqual({ start: '2026-11-30', length: 3, unmoved: '2027-02-28', date: '2027-03-01', safeBy: '2027-02-26' })
    expect(count.holidays).toEqual([])
  })

  it('the worked example of the appeal is that same Sunday case, counted by the engine', () => {
    const appeal = exampleReminder('appeal-deadline') as Reminder
    expect(appeal.due).toBe('2027-03-01')
    expect(appeal.safeBy).toBe('2027-02-26')
    expect(appeal.explanation.movedFrom).toBe('2027-02-28')
  })

  it('an appeal notified on 31 July 2026 ends on Saturday 31 October; All Saints’ Day on Sunday is named, Monday 2 November is the legal last day', () => {
    const appeal = reminderOf('appeal-deadline', facts({ decisions: [decision('refusal', { notifiedOn: '2026-07-31' })] }), '2026-08-01')
    const count = countOf(appeal)
    expect(count.key).toBe('why.count.months_moved_holiday')
    expect(count.values).toMatchObject({ unmoved: '2026-10-31', date: '2026-11-02', safeBy: '2026-10-30' })
    expect(count.holidays).toEqual([{ date: '2026-11-01', weekend: true, holiday: 'all_saints' }])
  })

  it('an appeal whose last day is a working day keeps the plain months count', () => {
    const appeal = reminderOf('appeal-deadline', facts({ decisions: [decision('refusal', { notifiedOn: '2026-01-14' })] }), '2026-01-14')
    expect(countOf(appeal)).toMatchObject({ key: 'why.count.months', values: { start: '2026-01-14', length: 3, date: '2026-04-14' } })
  })

  it('a repeat window of one year after a sanction is counted as 12 months', () => {
    const window = reminderOf('repeat-window-ends', facts({ decisions: [decision('sanction', { decidedOn: '2026-06-10' })] }), '2026-06-10')
    const count = countOf(window)
    expect(count.key).toBe('why.count.months')
    expect(count.values).toEqual({ start: '2026-06-10', length: 12, date: '2027-06-10' })
  })

  it('an evaluation due after the end of the contract year is capped to its last day, and says so', () => {
    // Signed 15 January 2026: the first contract year ends 14 January 2027, before 2 November 2026 + 4 months.
    const f = facts({
      contracts: [{ id: 'c1', projectId: P, signedOn: '2026-01-15', signedBy: {} }],
      evaluations: [{ id: 'e1', projectId: P, heldOn: '2026-11-02', inPerson: true }],
    })
    const evaluation = reminderOf('evaluation-due', f, '2026-11-10')
    const count = countOf(evaluation)
    expect(count.key).toBe('why.count.capped')
    expect(count.values).toEqual({ start: '2026-11-02', length: 4, date: '2027-01-14' })
  })

  it('an evaluation four months after the signature, within the contract year, is a plain months count', () => {
    const evaluation = exampleReminder('evaluation-due') as Reminder
    const count = countOf(evaluation)
    expect(count.key).toBe('why.count.months')
    expect(count.values).toEqual({ start: '2026-01-15', length: 4, date: '2026-05-15' })
  })

  it('a formal notice is dated the day it was received: an event-day count, with no days listed', () => {
    const hearing = reminderOf('hearing-right', facts({ notices: [{ id: 'n1', projectId: P, receivedOn: '2026-12-18' }] }), '2026-12-18')
    const count = countOf(hearing)
    expect(count.key).toBe('why.count.event_day')
    expect(count.values).toEqual({ event: 'notice-received', date: '2026-12-18' })
    expect(count.days).toEqual([])
    expect(count.holidays).toEqual([])
  })

  it('a trip is dated its departure: an event-day count, though the rule has a length', () => {
    const trip = reminderOf('trip-notice', facts({ trips: [{ id: 't1', projectId: P, leavesOn: '2026-07-01', returnsOn: '2026-07-14' }] }), '2026-06-15')
    expect(countOf(trip)).toMatchObject({ key: 'why.count.event_day', values: { event: 'departure', date: '2026-07-01' } })
  })
})

describe('the values a rule names', () => {
  it('gives the legal values in force on the day asked for', () => {
    expect(ruleValues('meeting-due', '2026-12-18')).toEqual({ length: 5 })
    expect(ruleValues('isip-due', '2026-12-18')).toEqual({ length: 3, age: 25 })
    expect(ruleValues('evaluation-due', '2026-12-18')).toEqual({ needed: 3, neededInPerson: 2, length: 4 })
    expect(ruleValues('repeat-window-ends', '2026-12-18')).toEqual({ firstMax: 1, repeatMax: 3 })
    expect(ruleValues('backup-due', '2026-12-18')).toEqual({ length: 60 })
  })

  it('names nothing for a rule without a legal value', () => {
    expect(ruleValues('hearing-right', '2026-12-18')).toEqual({})
  })

  for (const lang of ['fr', 'nl', 'en']) {
    it(`gives a value for every {name} of each rule's general statement in ${lang}`, () => {
      for (const kind of ALL_KINDS) {
        const values = ruleValues(kind, '2026-12-18')
        for (const [, name] of ruleStatement(lang, kind).matchAll(/\{(\w+)\}/g)) expect(values, `${lang}: why.rules of ${kind} needs ${name}`).toHaveProperty(name ?? '')
      }
    })
  }
})
