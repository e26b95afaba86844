/**
 * The one entry point of the rules engine: a project's facts and `today` in, its reminders out.
 *
 * Reminders are derived, never stored (design.md §2); only the person's seen / done marks are, and they find their
 * reminder again by its deterministic id. Each reminder carries its rule, its sources, and message keys with
 * values for any language: the screen formats the dates (every `YYYY-MM-DD` value) and translates the keys.
 */
import { isValidIsoDate } from './dates'
import type { IsoDate } from './model'
import { createContext } from './rules/context'
import { coolingOffEnds } from './rules/contract'
import { appealDeadline, decisionDue, notificationDue } from './rules/decisions'
import { evaluationDue } from './rules/evaluations'
import { isipDue } from './rules/isip'
import { meetingDue } from './rules/meetings'
import { hearingRight, repeatWindowEnds } from './rules/sanctions'
import { stepDue } from './rules/steps'
import { tripNotice } from './rules/trips'
import { backupDue } from './rules/backup'
import type { ProjectFacts, Reminder, RuleContext } from './rules/types'
import { INFO_REMINDER_KINDS, REMINDER_KINDS } from './rules/types'

export type {
  DeadlineKind,
  Explanation,
  InfoKind,
  Message,
  ProjectFacts,
  RecordTable,
  Reminder,
  ReminderKind,
  ReminderState,
  RuleId,
  StartEvent,
} from './rules/types'
export { asksWhenDone, DONE_ASKS_KINDS, INFO_REMINDER_KINDS, REMINDER_KINDS } from './rules/types'
export { evaluationRhythm, type ContractYearRhythm } from './rules/evaluations'
export { groupReminders, NEXT_DAYS, type ReminderGroups } from './today-groups'
export {
  mustHaveIsip,
  isipInputFromProject,
  type IsipAnswer,
  type MustHaveIsipInput,
  type MustHaveIsipResult,
} from './rules/isip'

/** Every rule, in the order of design.md §3, then the information rules. */
const RULES: readonly ((facts: ProjectFacts, ctx: RuleContext) => void)[] = [
  decisionDue,
  notificationDue,
  appealDeadline,
  isipDue,
  coolingOffEnds,
  meetingDue,
  evaluationDue,
  stepDue,
  repeatWindowEnds,
  tripNotice,
  backupDue,
  hearingRight,
]

const KIND_ORDER = new Map<string, number>([...REMINDER_KINDS, ...INFO_REMINDER_KINDS].map((k, i) => [k, i]))

/** The date a reminder is shown by first: its "to be safe" date when it has one, else its due date. */
export function firstDate(r: Pick<Reminder, 'due' | 'safeBy'>): IsoDate {
  return r.safeBy ?? r.due
}

function soonestFirst(a: Reminder, b: Reminder): number {
  const fa = firstDate(a)
  const fb = firstDate(b)
  if (fa !== fb) return fa < fb ? -1 : 1
  if (a.due !== b.due) return a.due < b.due ? -1 : 1
  const ka = KIND_ORDER.get(a.kind) ?? 0
  const kb = KIND_ORDER.get(b.kind) ?? 0
  if (ka !== kb) return ka - kb
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * All reminders of a project on `today`, soonest first (by `safeBy`, else `due`; then by due, by kind, by id: the order never depends on
 * the order of the input). Done reminders are included, with state `done`; the screen chooses what to show.
 * Records with an impossible date are skipped, never fatal. Throws only when `today` is not a date.
 */
export function computeReminders(facts: ProjectFacts, today: IsoDate): Reminder[] {
  if (!isValidIsoDate(today)) throw new RangeError(`computeReminders: today must be YYYY-MM-DD, got ${String(today)}`)
  const out: Reminder[] = []
  const ctx = createContext(today, facts.marks, out)
  for (const rule of RULES) rule(facts, ctx)
  return out.sort(soonestFirst)
}
