import * as v from 'valibot'
import { ME, textOf, unsaved, type FormMapping } from '../forms'
import { OBJECTIVE_DOMAINS, type Objective } from '../model'
import { inPersonsOrder } from '../order'
import { author, date, edits, id, LIMITS, oneOf, optionalId, text, type RecordKind } from '../validation'

export const OBJECTIVE_STATUSES = ['open', 'in_progress', 'reached', 'dropped'] as const satisfies readonly Objective['status'][]

/** An objective: a title, to reach or be rid of, a domain from the list and, if given, a real target date. */
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
    }),
  order: inPersonsOrder,
}

const FIELDS = ['title', 'aim', 'domain', 'targetDate', 'status'] as const

export const objectiveForm: FormMapping<Objective, Record<(typeof FIELDS)[number], string>> = {
  kind: objectiveKind,
  blank: ({ today }) => unsaved<Objective>({ title: '', domain: 'other', aim: 'reach', status: 'open', author: ME, createdOn: today, order: 0 }),
  toForm: (o) => ({ ...textOf(o, FIELDS), aim: o?.aim ?? 'reach', status: o?.status ?? 'open' }),
  fromForm: (values, base) => ({
    ...base,
    ...values,
    domain: values.domain as Objective['domain'],
    aim: values.aim as Objective['aim'],
    status: values.status as Objective['status'],
  }),
}
