import { nextTick, watch } from 'vue'

/** Resolves once `check` holds (the live query has brought the new order), or after two seconds at most. */
function whenTrue(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check()) return resolve()
    const timer = setTimeout(() => {
      stop()
      resolve()
    }, 2000)
    const stop = watch(check, (ok) => {
      if (!ok) return
      clearTimeout(timer)
      stop()
      resolve()
    })
  })
}

/**
 * Moving a record up or down a list with buttons (never by dragging only): saves the move, then keeps the
 * keyboard on the moved record — the same button if it can still move that way, else the other one. The buttons'
 * ids are `<prefix>-<id>-up` and `<prefix>-<id>-down`. Answers the new position (0-based); throws what the save threw.
 */
export function useReorder(options: {
  list: () => readonly { id: string }[]
  save: (id: string, direction: -1 | 1) => Promise<number>
  prefix: string
}) {
  return async function move(id: string, direction: -1 | 1): Promise<number> {
    const position = await options.save(id, direction)
    await whenTrue(() => options.list().findIndex((r) => r.id === id) === position)
    await nextTick()
    const atEnd = direction === -1 ? position === 0 : position === options.list().length - 1
    const same = direction === -1 ? 'up' : 'down'
    const other = direction === -1 ? 'down' : 'up'
    document.getElementById(`${options.prefix}-${id}-${atEnd ? other : same}`)?.focus()
    return position
  }
}
