import * as v from 'valibot'
import { ME, textOf, unsaved, type FormMapping } from '../forms'
import { OBJECTIVE_DOMAINS, type Objective } from '../model'
import { inPersonsOrder } from '../order'
import { author, date, edits, id, LIMITS, oneOf, optionalId, pastDate, text, type RecordKind } from '../validation'

export const OBJECTIVE_STATUSES = ['open', 'in_progress', 'reached', 'dropped'] as const satisfies readonly Objective['status'][]

/**
 * An objective: a title, to reach or be rid of, a domain from the list and, if given, a real target date; the day
 * the person agreed with it, if they did, not after today.
 */
export const objectiveKind: RecordKind<Objective> = {
  schema: ({ today }) =>
    v.object({
      id,
      projectId: id,
      title: text('text_required', LIMITS.title),
      domain: oneOf(OBJECTIVE_DOMAINS, 'domain_required'),
      aim: oneOf(['reach', 'rid_of']),
      targetDate: v.optional(date(today)),
      status: oneOf(OBJECTIVE_STATUSES),
      fromAnswerId: optionalId,
      author,
      edits: edits(today),
      createdOn: date(today),
      order: v.number('invalid'),
      agreedOn: v.optional(pastDate(today)),
    }),
  order: inPersonsOrder,
}

/** A new objective before its form fills it in. */
function blankObjective({ today }: { today: string }): Objective {
  return unsaved<Objective>({ title: '', domain: 'other', aim: 'reach', status: 'open', author: ME, createdOn: today, order: 0 })
}

/** What the person agrees with when they agree with an objective: its words, its aim, its domain and its date. */
const AGREED_FIELDS = ['title', 'aim', 'domain', 'targetDate'] as const

/**
 * Whether the person's agreement still stands after `changes`: it was given to the objective as it was worded, so a
 * change of what it says (not of its status) takes it away, and they are asked again.
 */
export function agreementStands(before: Objective, changes: Partial<Objective>): boolean {
  if (before.agreedOn === undefined) return false
  const words = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  return AGREED_FIELDS.every((field) => !(field in changes) || words(changes[field]) === words(before[field]))
}

/** "I agree with this objective": the day it was said (today unless the person says otherwise). */
export const objectiveAgreementForm: FormMapping<Objective, { agreedOn: string }> = {
  // The form asks for the day: without it there is nothing to save.
  kind: { ...objectiveKind, rules: [{ field: 'agreedOn', needs: [], check: (o) => (o.agreedOn === undefined ? 'required' : undefined) }] },
  blank: blankObjective,
  toForm: (o) => ({ agreedOn: o?.agreedOn ?? '' }),
  fromForm: (values, base) => ({ ...base, agreedOn: values.agreedOn }),
}

const FIELDS = ['title', 'aim', 'domain', 'targetDate', 'status'] as const

export const objectiveForm: FormMapping<Objective, Record<(typeof FIELDS)[number], string>> = {
  kind: objectiveKind,
  blank: blankObjective,
  toForm: (o) => ({ ...textOf(o, FIELDS), aim: o?.aim ?? 'reach', status: o?.status ?? 'open' }),
  fromForm: (values, base) => ({
    ...base,
    ...values,
    domain: values.domain as Objective['domain'],
    aim: values.aim as Objective['aim'],
    status: values.status as Objective['status'],
  }),
}
