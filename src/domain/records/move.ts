import * as v from 'valibot'
import { textOf, unsaved, type FormMapping } from '../forms'
import type { Move } from '../model'
import { newestFirst } from '../order'
import { date, id, LIMITS, note, oneOf, text, type RecordKind } from '../validation'

const TRANSFERS = ['accepted', 'refused', 'undecided'] as const satisfies readonly NonNullable<Move['transfer']>[]

/** A move to another municipality: a real date (it may still be to come) and the new municipality. */
export const moveKind: RecordKind<Move> = {
  schema: ({ today }) =>
    v.object({
      id,
      projectId: id,
      movedOn: date(today),
      municipality: text('required', LIMITS.name),
      pcswName: note(LIMITS.name),
      transfer: v.optional(oneOf(TRANSFERS, 'invalid')),
    }),
  order: newestFirst((m) => m.movedOn),
}

export const moveForm: FormMapping<Move, { movedOn: string; municipality: string; pcswName: string; transfer: string }> = {
  kind: moveKind,
  blank: () => unsaved<Move>({ movedOn: '', municipality: '' }),
  toForm: (move) => ({ ...textOf(move, ['movedOn', 'municipality', 'pcswName'] as const), transfer: move?.transfer ?? 'undecided' }),
  fromForm: (values, base) => ({ ...base, ...values, transfer: values.transfer as Move['transfer'] }),
}
