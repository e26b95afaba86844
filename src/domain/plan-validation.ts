/**
 * What the project's forms refuse before anything is saved: empty titles, dates that do not exist, a step done
 * before it was written down or in the future. Pure functions: the screens use them to show a message next to
 * the field, the repositories use them again so nothing impossible is ever stored.
 * Each error is a short code; the screens turn it into words in the person's language (`plan.errors.<code>`).
 */
import { compareIso, isValidIsoDate } from './dates'
import { OBJECTIVE_DOMAINS, type IsoDate, type Objective, type Party, type Step } from './model'

export type FieldError =
  | 'text_required'
  | 'date_invalid'
  | 'done_on_required'
  | 'done_before_created'
  | 'done_in_future'
  | 'domain_required'
  | 'choice_required'

/** Field name → error code, only for the fields in error. */
export type FieldErrors<Field extends string> = Partial<Record<Field, FieldError>>

/** A title, an answer or a name: something must be written (spaces alone do not count). */
export function checkText(value: string | undefined): FieldError | undefined {
  return value && value.trim() ? undefined : 'text_required'
}

/** An optional date: empty is fine; anything else must be a real calendar date (no 30 February). */
export function checkOptionalDate(value: string | undefined): FieldError | undefined {
  if (value === undefined || value === '') return undefined
  return isValidIsoDate(value) ? undefined : 'date_invalid'
}

/** The day a step was done: a real date, not before the step was written down, not after today. */
export function checkDoneOn(doneOn: string | undefined, createdOn: IsoDate, today: IsoDate): FieldError | undefined {
  if (!doneOn) return 'done_on_required'
  if (!isValidIsoDate(doneOn)) return 'date_invalid'
  if (compareIso(doneOn, createdOn) < 0) return 'done_before_created'
  if (compareIso(doneOn, today) > 0) return 'done_in_future'
  return undefined
}

function collect<Field extends string>(checks: Record<Field, FieldError | undefined>): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {}
  for (const [field, error] of Object.entries(checks) as [Field, FieldError | undefined][]) if (error) errors[field] = error
  return errors
}

export type ObjectiveInput = Pick<Objective, 'title' | 'domain' | 'aim'> & { targetDate?: string }

/** An objective needs a title, a domain from the list and, if given, a real target date. */
export function validateObjective(input: ObjectiveInput): FieldErrors<'title' | 'domain' | 'aim' | 'targetDate'> {
  return collect({
    title: checkText(input.title),
    domain: (OBJECTIVE_DOMAINS as readonly string[]).includes(input.domain) ? undefined : 'domain_required',
    aim: input.aim === 'reach' || input.aim === 'rid_of' ? undefined : 'choice_required',
    targetDate: checkOptionalDate(input.targetDate),
  })
}

export type StepInput = Pick<Step, 'title' | 'who' | 'status' | 'createdOn'> & { dueDate?: string; doneOn?: string }

const PARTIES: readonly Party[] = ['me', 'pcsw', 'partner']

/**
 * A step needs a title, who does it and, if given, a real date by which. A done step needs the day it was done,
 * between the day it was written down and today.
 */
export function validateStep(input: StepInput, today: IsoDate): FieldErrors<'title' | 'who' | 'dueDate' | 'doneOn'> {
  return collect({
    title: checkText(input.title),
    who: PARTIES.includes(input.who) ? undefined : 'choice_required',
    dueDate: checkOptionalDate(input.dueDate),
    doneOn: input.status === 'done' ? checkDoneOn(input.doneOn, input.createdOn, today) : undefined,
  })
}

/** A commitment is a sentence: it cannot be empty. */
export function validateCommitment(input: { text: string }): FieldErrors<'text'> {
  return collect({ text: checkText(input.text) })
}

/** A partner organisation needs a name; the contact is optional. */
export function validatePartner(input: { name: string }): FieldErrors<'name'> {
  return collect({ name: checkText(input.name) })
}

/** True when a set of field errors is empty. */
export function isValid(errors: Partial<Record<string, FieldError>>): boolean {
  return Object.keys(errors).length === 0
}

/** Thrown by a repository asked to store something impossible; carries the same codes the screens show. */
export class PlanValidationError extends Error {
  constructor(readonly errors: Partial<Record<string, FieldError>>) {
    super(`Refused: ${Object.entries(errors).map(([field, code]) => `${field} ${code}`).join(', ')}`)
    this.name = 'PlanValidationError'
  }
}
