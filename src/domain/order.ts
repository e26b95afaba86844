/** How lists of records are ordered, the same in the repositories and the screens. */

/** Newest first by a date (records without it last), then by id so the order never wobbles. */
export function newestFirst<T>(dateOf: (record: T) => string | undefined, idOf: (record: T) => string = (r) => (r as { id: string }).id): (a: T, b: T) => number {
  return (a, b) => {
    const da = dateOf(a) ?? ''
    const db = dateOf(b) ?? ''
    if (da !== db) return da < db ? 1 : -1
    return idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0
  }
}

/** Oldest first by a key, then by id. */
export function oldestFirst<T extends { id: string }>(keyOf: (record: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const ka = keyOf(a)
    const kb = keyOf(b)
    if (ka !== kb) return ka < kb ? -1 : 1
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  }
}

/** In the person's own order (objectives, steps, commitments). */
export const inPersonsOrder = (a: { order: number }, b: { order: number }) => a.order - b.order

/** Amendments in the order agreed, then written down (two of the same day keep the order they were added in). */
export const amendmentOrder = oldestFirst<{ id: string; agreedOn: string; recordedAt?: string }>((a) => `${a.agreedOn} ${a.recordedAt ?? ''}`)
