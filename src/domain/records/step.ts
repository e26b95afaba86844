import * as v from 'valibot'
import { ME, textOf, unsaved, type FormMapping } from '../forms'
import type { Party, Step, StepWho } from '../model'
import { inPersonsOrder } from '../order'
import { author, date, edits, id, LIMITS, oneOf, optionalId, text, type RecordKind } from '../validation'

export const PARTIES = ['me', 'pcsw', 'partner'] as const satisfies readonly Party[]
/** Who may do a step: the parties, and the person of their choice who helps them. */
export const STEP_WHO = ['me', 'companion', 'pcsw', 'partner'] as const satisfies readonly StepWho[]
export const STEP_STATUSES = ['todo', 'doing', 'done', 'dropped'] as const satisfies readonly Step['status'][]

/**
 * A step of the plan: what, who and, if given, a real date by which. A done step needs the day it was done, between
 * the day it was written down and today.
 */
export const stepKind: RecordKind<Step> = {
  schema: ({ today }) =>
    v.object({
      id,
      projectId: id,
      objectiveId: optionalId,
      title: text('text_required', LIMITS.title),
      who: oneOf(STEP_WHO),
      dueDate: v.optional(date(today)),
      status: oneOf(STEP_STATUSES),
      doneOn: v.optional(date(today)),
      author,
      edits: edits(today),
      createdOn: date(today),
      order: v.number('invalid'),
      partnerId: optionalId,
    }),
  rules: [
    {
      field: 'doneOn',
      needs: ['status', 'createdOn'],
      check: (s, { today }) => {
        if (s.status !== 'done') return undefined
        if (s.doneOn === undefined) return 'done_on_required'
        if (s.doneOn < s.createdOn) return 'done_before_created'
        return s.doneOn > today ? 'done_in_future' : undefined
      },
    },
  ],
  // Only what belongs together: no "done on" unless done, no partner unless the partner does it.
  normalise: (step) => {
    const next = { ...step }
    if (next.status !== 'done') delete next.doneOn
    if (next.who !== 'partner') delete next.partnerId
    return next
  },
  order: inPersonsOrder,
}

const FIELDS = ['title', 'objectiveId', 'who', 'partnerId', 'dueDate', 'status', 'doneOn'] as const

export const stepForm: FormMapping<Step, Record<(typeof FIELDS)[number], string>> = {
  kind: stepKind,
  blank: ({ today }) => unsaved<Step>({ title: '', who: 'me', status: 'todo', author: ME, createdOn: today, order: 0 }),
  toForm: (s) => ({ ...textOf(s, FIELDS), who: s?.who ?? 'me', status: s?.status ?? 'todo' }),
  fromForm: (values, base) => ({ ...base, ...values, who: values.who as StepWho, status: values.status as Step['status'] }),
}
