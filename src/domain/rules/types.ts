/**
 * The shapes the rules share: the facts they read, and the reminders they return.
 * reminders.ts re-exports everything a caller needs; import from there.
 */
import type { SkippedDay } from '../dates'
import type {
  Amendment,
  Contract,
  Decision,
  Evaluation,
  IsoDate,
  MeetingRequest,
  Move,
  Notice,
  Project,
  ReminderMark,
  Step,
  Trip,
} from '../model'
import type { ParameterId, Unit } from '../parameters'
import type { SourceId } from '../sources'

/** Everything the rules read about one project. Lists may be left out when empty. */
export interface ProjectFacts {
  project: Project
  contracts?: readonly Contract[]
  amendments?: readonly Amendment[]
  evaluations?: readonly Evaluation[]
  meetingRequests?: readonly MeetingRequest[]
  decisions?: readonly Decision[]
  notices?: readonly Notice[]
  moves?: readonly Move[]
  trips?: readonly Trip[]
  steps?: readonly Step[]
  /** The person's seen / done marks on reminders. */
  marks?: readonly ReminderMark[]
  /** The date of the last export (backup) of this project, if any. */
  lastExportOn?: IsoDate
}

/** The 11 kinds of deadline of design.md §3 (the `data-reminder-kind` of a screen). */
export const REMINDER_KINDS = [
  'decision-due',
  'notification-due',
  'appeal-deadline',
  'isip-due',
  'cooling-off-ends',
  'meeting-due',
  'evaluation-due',
  'step-due',
  'repeat-window-ends',
  'trip-notice',
  'backup-due',
] as const
export type DeadlineKind = (typeof REMINDER_KINDS)[number]

/**
 * Information reminders, beyond design.md §3's 11 kinds: no deadline, something to do now.
 * `hearing-right`: after a formal notice, you may ask to be heard (with a person of your choice) before any sanction.
 * Such a reminder is never "overdue": once its date has come it stays "due-today" until done.
 */
export const INFO_REMINDER_KINDS = ['hearing-right'] as const
export type InfoKind = (typeof INFO_REMINDER_KINDS)[number]

export type ReminderKind = DeadlineKind | InfoKind

/**
 * Deadlines that protect the person: "done" asks what was done and when, and writes it on the record (the appeal
 * lodged on…, the meeting held on…; src/domain/records/reminder-done.ts). Only that record makes them done, never
 * a one-tap mark.
 */
export const DONE_ASKS_KINDS = ['appeal-deadline', 'hearing-right', 'meeting-due', 'cooling-off-ends', 'isip-due'] as const satisfies readonly ReminderKind[]
export const asksWhenDone = (kind: string): boolean => (DONE_ASKS_KINDS as readonly string[]).includes(kind)

/** One rule per kind: the rule id is the kind. `rules.<rule_id in snake_case>.*` holds its words. */
export type RuleId = ReminderKind

export type ReminderState = 'upcoming' | 'soon' | 'due-today' | 'overdue' | 'done'

/** The table (src/db/database.ts) and id of the record a reminder belongs to. */
export type RecordTable =
  | 'projects'
  | 'contracts'
  | 'evaluations'
  | 'meetingRequests'
  | 'decisions'
  | 'notices'
  | 'trips'
  | 'steps'

/**
 * A message for vue-i18n: a key in locales/*.json and its named values.
 * Conventions for the screen: every value that is a valid `YYYY-MM-DD` string is a calendar date to format with
 * `d()`; a value named `holiday` is a holiday id (`holidays.<id>`); text the person typed (a step's title) comes
 * as is and must be shown as text, never as HTML.
 */
export interface Message {
  key: string
  values: Record<string, string | number>
}

/** What started the count of a deadline. */
export type StartEvent =
  | 'request'
  | 'decision'
  | 'notification'
  | 'grant'
  | 'draft-received'
  | 'meeting-request'
  | 'signature'
  | 'evaluation-held'
  | 'contract-year-start'
  | 'step-date'
  | 'sanction'
  | 'departure'
  | 'last-export'
  | 'project-created'
  | 'notice-received'

/** "Why this date?": the rule in plain words and the figures behind it. */
export interface Explanation extends Message {
  start: { event: StartEvent; date: IsoDate }
  /** The length added to the start date, in `unit` (absent when the date is the event itself). */
  length?: number
  unit?: Unit
  /** The dated legal values used (parameters.ts). */
  parameters: ParameterId[]
  /** Working-day rules: the weekend days and holidays that were not counted. A moved last day: the days it moved over. */
  skipped?: SkippedDay[]
  /**
   * A last day moved to the next working day (the appeal, Judicial Code art. 53): the day the count itself gave,
   * before it was moved. Absent when the date did not move.
   */
  movedFrom?: IsoDate
}

export interface Reminder {
  /** Stable and deterministic, so a seen / done mark sticks: `${kind}:${recordId}` (plus a suffix when one record has several). */
  id: string
  kind: ReminderKind
  due: IsoDate
  record: { table: RecordTable; id: string }
  state: ReminderState
  /** The person marked it seen. */
  seen: boolean
  /** Done because the person marked it done (rather than from the record itself). */
  markedDone: boolean
  /** A period that simply ran out (cooling-off, appeal, repeat window): shown as done, with "this period has ended". */
  expired: boolean
  ruleId: RuleId
  sources: SourceId[]
  /** The title: `reminders.<kind>.title` (or a variant). */
  message: Message
  explanation: Explanation
  /** Disagreements between sources, weekend warnings, advice. */
  notes?: Message[]
  /** From this day the reminder counts as "soon" (a calendar alarm can use it): `soon_days` before `safeBy` when there is one, else before `due`. */
  soonFrom: IsoDate
  /**
   * "To be safe, send it by": a day on or before `due` to act by, shown first on Today and meant for a calendar
   * alarm. Only on `appeal-deadline`: the last working day on or before the unmoved last day (notification +
   * 3 months). It equals `due` when nothing moved; it is earlier when the unmoved day is a Saturday, Sunday or
   * legal holiday, since `due` is then the next working day (the legal last day).
   */
  safeBy?: IsoDate
  /**
   * The reminder asks the person something instead of going overdue: `notification-date`, "did you get the
   * letter? when?", for a decision recorded without the day its letter reached them, once that day should have come.
   */
  asks?: 'notification-date'
}

/** What a rule hands to the context; the context adds state, seen and the "soon" date. */
export interface ReminderDraft {
  id: string
  kind: ReminderKind
  due: IsoDate
  record: { table: RecordTable; id: string }
  sources: SourceId[]
  message: Message
  explanation: Explanation
  notes?: Message[]
  /** The record itself says it is done. */
  done: boolean
  /** A period that ends rather than a deadline someone can miss: once past, it is done, not overdue. */
  expires?: boolean
  /** Custom heads-up: "soon" from this many days before (default: the `soon_days` parameter). */
  headsUpDays?: number
  /** "To be safe, send it by" (see `Reminder.safeBy`); the heads-up then counts back from it. */
  safeBy?: IsoDate
  /** A question for the person (see `Reminder.asks`): never overdue, it stays "due today" until answered. */
  asks?: Reminder['asks']
  /** Marks made before this day belong to an earlier cycle of the same reminder and do not count. */
  marksFrom?: IsoDate
}

export interface RuleContext {
  today: IsoDate
  /** Turn a draft into a reminder and add it to the output. */
  emit(draft: ReminderDraft): void
}

/** `appeal-deadline` → `appeal_deadline` (locale keys use snake_case leaves). */
export function snake(kind: string): string {
  return kind.replace(/-/g, '_')
}
