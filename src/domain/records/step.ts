import * as v from 'valibot'
import { ME, textOf, unsaved, type FormMapping } from '../forms'
import type { Party, Step } from '../model'
import { inPersonsOrder } from '../order'
import { author, date, id, note, oneOf, text, type RecordKind } from '../validation'

export const PARTIES = ['me', 'pcsw', 'partner'] as const satisfies readonly Party[]
export const STEP_STATUSES = ['todo', 'doing', 'done', 'dropped'] as const satisfies readonly Step['status'][]

/**
 * A step of the plan: what, who and, if given, a real date by which. A done step needs the day it was done, between
 * the day it was written down and today.
 */
export const stepKind: RecordKind<Step> = {
  schema: () =>
    v.object({
      id,
      projectId: id,
      objectiveId: note,
      title: text(),
      who: oneOf(PARTIES),
      dueDate: v.optional(date()),
      status: oneOf(STEP_STATUSES),
      doneOn: v.optional(date()),
      author,
      createdOn: date(),
      order: v.number('invalid'),
      partnerId: note,
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
  fromForm: (values, base) => ({ ...base, ...values, who: values.who as Party, status: values.status as Step['status'] }),
}
