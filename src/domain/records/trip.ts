import * as v from 'valibot'
import { textOf, unsaved, type FormMapping } from '../forms'
import type { Trip } from '../model'
import { newestFirst } from '../order'
import { date, id, notBefore, pastDate, type RecordKind } from '../validation'

/** A trip abroad: leaving on a real date; back not before leaving; the PCSW told on a day already past. */
export const tripKind: RecordKind<Trip> = {
  schema: ({ today }) =>
    v.object({
      id,
      projectId: id,
      leavesOn: date(today),
      returnsOn: v.optional(date(today)),
      announcedOn: v.optional(pastDate(today)),
    }),
  rules: [notBefore('returnsOn', 'leavesOn', 'before_departure')],
  order: newestFirst((t) => t.leavesOn),
}

const FIELDS = ['leavesOn', 'returnsOn', 'announcedOn'] as const

export const tripForm: FormMapping<Trip, Record<(typeof FIELDS)[number], string>> = {
  kind: tripKind,
  blank: () => unsaved<Trip>({ leavesOn: '' }),
  toForm: (trip) => textOf(trip, FIELDS),
  fromForm: (values, base) => ({ ...base, ...values }),
}
