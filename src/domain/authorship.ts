/**
 * Who wrote what, across changes (issue 16, item 3): the first writer stays the record's `author`, and each change by
 * another hand is kept in `edits` with its day, so "Written by Jan, changed by you on 3 December" can be said.
 */
import type { Author, Authored, Edit, IsoDate } from './model'

/** The most changes a record keeps (the oldest go first); the first writer is never dropped. */
export const MAX_EDITS = 20

/** The same person: the same role and the same name (an unnamed companion is one person). */
export const sameAuthor = (a: Author, b: Author): boolean => a.role === b.role && (a.name ?? '') === (b.name ?? '')

const asEdit = (by: Author, on: IsoDate): Edit => (by.name ? { role: by.role, name: by.name, on } : { role: by.role, on })

/**
 * The authorship of a record after `by` changes it on `on`. The first writer changing their own words, before
 * anyone else did, is no change of hand; the same hand changing twice in a row is one change, on its last day.
 */
export function withEdit(record: Authored, by: Author, on: IsoDate): Authored {
  const edits = record.edits ?? []
  const last = edits.at(-1)
  if (last === undefined && sameAuthor(record.author, by)) return { author: record.author }
  const kept = last !== undefined && sameAuthor(last, by) ? edits.slice(0, -1) : edits
  return { author: record.author, edits: [...kept, asEdit(by, on)].slice(-MAX_EDITS) }
}

/** The last change, if anyone changed it since it was first written. */
export const lastEdit = (record: Authored): Edit | undefined => record.edits?.at(-1)
