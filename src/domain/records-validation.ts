/**
 * Checks on the dated records the person types in (contract, meetings, evaluations, letters, moves, trips),
 * before anything is saved. Pure: `today` is an argument. Each check returns a map from a field to an error code;
 * an empty map means the record may be saved. The screen turns a code into a message next to the field.
 *
 * Empty optional dates are fine; a date that is filled in must exist (`2025-02-30` does not) and must not
 * contradict another one (a signature before the draft was handed over, a notification before its decision…).
 */
import { isValidIsoDate } from './dates'
import type { IsoDate } from './model'

/**
 * `required`: the field is empty. `invalid`: not a real date (or not a whole number). `future`: a date that cannot
 * be later than today (something that already happened). The others name the earlier date the field contradicts.
 */
export type RecordError =
  | 'required'
  | 'invalid'
  | 'future'
  | 'before_draft'
  | 'before_signature'
  | 'before_request'
  | 'before_decision'
  | 'before_notification'
  | 'before_notice'
  | 'before_departure'
  | 'held_in_future'
  | 'not_a_duration'

export type RecordErrors<F extends string> = Partial<Record<F, RecordError>>

/** An input value: the empty string (or undefined) means "not filled in". */
type Input = string | undefined

const filled = (value: Input): value is string => value !== undefined && value.trim() !== ''

/** A filled-in, real date, or undefined (invalid ones are reported separately). */
function dateOf(value: Input): IsoDate | undefined {
  return filled(value) && isValidIsoDate(value.trim()) ? value.trim() : undefined
}

/** Collects errors in field order; the first error found for a field wins. */
class Checker<F extends string> {
  readonly errors: RecordErrors<F> = {}
  constructor(private readonly today: IsoDate) {}

  private set(field: F, error: RecordError): void {
    if (this.errors[field] === undefined) this.errors[field] = error
  }

  /** The field, when filled, is a real date; `past` also refuses a date after today. */
  date(field: F, value: Input, options: { required?: boolean; past?: boolean } = {}): this {
    if (!filled(value)) {
      if (options.required) this.set(field, 'required')
    } else if (!isValidIsoDate(value.trim())) this.set(field, 'invalid')
    else if (options.past && value.trim() > this.today) this.set(field, 'future')
    return this
  }

  /** When both are real dates, `field` may not come before `earlier`. */
  notBefore(field: F, value: Input, earlier: Input, error: RecordError): this {
    const later = dateOf(value)
    const first = dateOf(earlier)
    if (later !== undefined && first !== undefined && later < first) this.set(field, error)
    return this
  }

  text(field: F, value: Input): this {
    if (!filled(value)) this.set(field, 'required')
    return this
  }

  custom(field: F, error: RecordError | undefined): this {
    if (error !== undefined) this.set(field, error)
    return this
  }
}

export interface ContractInput {
  draftReceivedOn?: string
  signedOn?: string
  signedByMe?: string
  signedByPcsw?: string
  signedByPartner?: string
  /** Whole months, as typed. */
  durationMonths?: string
  endsOn?: string
}
export type ContractField = keyof ContractInput

/**
 * A contract: at least one date (the draft or a signature); the signatures each not before the draft was handed
 * over, none in the future; a duration of 1 to 120 whole months; an end after the signature.
 */
export function checkContract(input: ContractInput, today: IsoDate): RecordErrors<ContractField> {
  const c = new Checker<ContractField>(today)
  // A contract is noted from its first date on: the draft handed over, or a signature.
  const dated = [input.draftReceivedOn, input.signedOn, input.signedByMe, input.signedByPcsw, input.signedByPartner].some(filled)
  if (!dated) c.custom('draftReceivedOn', 'required')
  c.date('draftReceivedOn', input.draftReceivedOn, { past: true })
  const signatures = ['signedOn', 'signedByMe', 'signedByPcsw', 'signedByPartner'] as const
  for (const field of signatures) {
    c.date(field, input[field], { past: true }).notBefore(field, input[field], input.draftReceivedOn, 'before_draft')
  }
  if (filled(input.durationMonths)) {
    const months = Number(input.durationMonths.trim())
    c.custom('durationMonths', Number.isInteger(months) && months >= 1 && months <= 120 ? undefined : 'not_a_duration')
  }
  const signed = filled(input.signedOn) ? input.signedOn : input.signedByMe
  c.date('endsOn', input.endsOn).notBefore('endsOn', input.endsOn, signed, 'before_signature')
  return c.errors
}

export interface AmendmentInput {
  agreedOn?: string
  change?: string
}
export type AmendmentField = keyof AmendmentInput

/** An amendment: agreed on a real date, not before the contract was signed, not in the future; says what changed. */
export function checkAmendment(input: AmendmentInput, signedOn: IsoDate | undefined, today: IsoDate): RecordErrors<AmendmentField> {
  return new Checker<AmendmentField>(today)
    .date('agreedOn', input.agreedOn, { required: true, past: true })
    .notBefore('agreedOn', input.agreedOn, signedOn, 'before_signature')
    .text('change', input.change).errors
}

export interface MeetingInput {
  askedOn?: string
  meetingOn?: string
  /** 'yes' | 'no' | '' (not known yet). */
  held?: string
}
export type MeetingField = keyof MeetingInput

/** A meeting request: asked on a real date, not in the future; the meeting not before the request; held only once its day has come. */
export function checkMeeting(input: MeetingInput, today: IsoDate): RecordErrors<MeetingField> {
  const c = new Checker<MeetingField>(today)
    .date('askedOn', input.askedOn, { required: true, past: true })
    .date('meetingOn', input.meetingOn)
    .notBefore('meetingOn', input.meetingOn, input.askedOn, 'before_request')
  const meetingOn = dateOf(input.meetingOn)
  if (input.held === 'yes' && meetingOn !== undefined && meetingOn > today) c.custom('held', 'held_in_future')
  return c.errors
}

export interface EvaluationInput {
  plannedOn?: string
  heldOn?: string
}
export type EvaluationField = keyof EvaluationInput

/** An evaluation: planned or held (at least one date); held not in the future. */
export function checkEvaluation(input: EvaluationInput, today: IsoDate): RecordErrors<EvaluationField> {
  const c = new Checker<EvaluationField>(today).date('plannedOn', input.plannedOn)
  if (filled(input.heldOn) && isValidIsoDate(input.heldOn.trim()) && input.heldOn.trim() > today) c.custom('heldOn', 'held_in_future')
  c.date('heldOn', input.heldOn)
  if (!filled(input.plannedOn) && !filled(input.heldOn)) c.custom('plannedOn', 'required')
  return c.errors
}

export interface DecisionInput {
  decidedOn?: string
  notifiedOn?: string
  appealLodgedOn?: string
}
export type DecisionField = keyof DecisionInput

/**
 * A decision or letter of the PCSW: its date is required, and nothing is in the future; the notification not
 * before the decision; an appeal not before the notification (or the decision when no notification is known).
 */
export function checkDecision(input: DecisionInput, today: IsoDate): RecordErrors<DecisionField> {
  return new Checker<DecisionField>(today)
    .date('decidedOn', input.decidedOn, { required: true, past: true })
    .date('notifiedOn', input.notifiedOn, { past: true })
    .notBefore('notifiedOn', input.notifiedOn, input.decidedOn, 'before_decision')
    .date('appealLodgedOn', input.appealLodgedOn, { past: true })
    .notBefore('appealLodgedOn', input.appealLodgedOn, input.notifiedOn, 'before_notification')
    .notBefore('appealLodgedOn', input.appealLodgedOn, input.decidedOn, 'before_decision').errors
}

export interface NoticeInput {
  receivedOn?: string
  hearingAskedOn?: string
  hearingHeldOn?: string
}
export type NoticeField = keyof NoticeInput

/** A formal notice: received on a real date, not in the future; a hearing asked and held not before it, held not in the future. */
export function checkNotice(input: NoticeInput, today: IsoDate): RecordErrors<NoticeField> {
  return new Checker<NoticeField>(today)
    .date('receivedOn', input.receivedOn, { required: true, past: true })
    .date('hearingAskedOn', input.hearingAskedOn, { past: true })
    .notBefore('hearingAskedOn', input.hearingAskedOn, input.receivedOn, 'before_notice')
    .date('hearingHeldOn', input.hearingHeldOn, { past: true })
    .notBefore('hearingHeldOn', input.hearingHeldOn, input.receivedOn, 'before_notice').errors
}

export interface ProjectDatesInput {
  requestedOn?: string
  grantedOn?: string
  grantNotifiedOn?: string
}
export type ProjectDatesField = keyof ProjectDatesInput

/** The request for integration income, the decision granting it and its notification: in that order, none in the future. */
export function checkProjectDates(input: ProjectDatesInput, today: IsoDate): RecordErrors<ProjectDatesField> {
  return new Checker<ProjectDatesField>(today)
    .date('requestedOn', input.requestedOn, { past: true })
    .date('grantedOn', input.grantedOn, { past: true })
    .notBefore('grantedOn', input.grantedOn, input.requestedOn, 'before_request')
    .date('grantNotifiedOn', input.grantNotifiedOn, { past: true })
    .notBefore('grantNotifiedOn', input.grantNotifiedOn, input.grantedOn, 'before_decision').errors
}

export interface MoveInput {
  movedOn?: string
  municipality?: string
}
export type MoveField = keyof MoveInput

/** A move: a real date (it may still be to come) and the new municipality. */
export function checkMove(input: MoveInput, today: IsoDate): RecordErrors<MoveField> {
  return new Checker<MoveField>(today).date('movedOn', input.movedOn, { required: true }).text('municipality', input.municipality).errors
}

export interface TripInput {
  leavesOn?: string
  returnsOn?: string
  announcedOn?: string
}
export type TripField = keyof TripInput

/** A trip abroad: leaving on a real date; back not before leaving; announced not in the future. */
export function checkTrip(input: TripInput, today: IsoDate): RecordErrors<TripField> {
  return new Checker<TripField>(today)
    .date('leavesOn', input.leavesOn, { required: true })
    .date('returnsOn', input.returnsOn)
    .notBefore('returnsOn', input.returnsOn, input.leavesOn, 'before_departure')
    .date('announcedOn', input.announcedOn, { past: true }).errors
}

/** Thrown by a repository asked to save a record that does not pass its check: nothing was saved. */
export class RecordValidationError extends Error {
  constructor(readonly errors: Readonly<Record<string, RecordError>>) {
    super(`Record refused: ${Object.entries(errors).map(([field, error]) => `${field} ${error}`).join(', ')}`)
    this.name = 'RecordValidationError'
  }
}

/** Throws a RecordValidationError when `errors` names any field. */
export function assertValid(errors: Readonly<Record<string, RecordError | undefined>>): void {
  const found = Object.fromEntries(Object.entries(errors).filter(([, e]) => e !== undefined)) as Record<string, RecordError>
  if (Object.keys(found).length > 0) throw new RecordValidationError(found)
}

/** The first field in error, in the order given (where the screen moves focus). */
export function firstError<F extends string>(errors: RecordErrors<F>, order: readonly F[]): F | undefined {
  return order.find((field) => errors[field] !== undefined)
}
