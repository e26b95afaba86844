import * as v from 'valibot'
import { textOf, unsaved, yesNoText, yesNoValue, type FormMapping } from '../forms'
import type { Evaluation } from '../model'
import { newestFirst } from '../order'
import { date, id, note, optionalId, type RecordKind } from '../validation'

/** An evaluation, planned or held (at least one date); held not in the future. */
export const evaluationKind: RecordKind<Evaluation> = {
  schema: ({ today }) =>
    v.object({
      id,
      projectId: id,
      contractId: optionalId,
      plannedOn: v.optional(date(today)),
      heldOn: v.optional(date(today, { notAfter: today, late: 'held_in_future' })),
      inPerson: v.optional(v.boolean('invalid')),
      said: note(),
      changes: note(),
    }),
  rules: [{ field: 'plannedOn', needs: [], check: (e) => (e.plannedOn === undefined && e.heldOn === undefined ? 'required' : undefined) }],
  order: newestFirst((e) => e.heldOn ?? e.plannedOn),
}

export const evaluationForm: FormMapping<Evaluation, { plannedOn: string; heldOn: string; inPerson: string; said: string; changes: string }> = {
  kind: evaluationKind,
  blank: () => unsaved<Evaluation>({}),
  toForm: (e) => ({ ...textOf(e, ['plannedOn', 'heldOn', 'said', 'changes'] as const), inPerson: yesNoText(e?.inPerson) }),
  fromForm: (values, base) => ({ ...base, ...values, inPerson: yesNoValue(values.inPerson) }),
}
