import { liveQuery } from 'dexie'
import { getCurrentScope, onScopeDispose, shallowRef, type ShallowRef } from 'vue'

/**
 * A Dexie live query as a Vue ref: re-runs when the tables it read change (in this tab or another).
 * `ready` turns true after the first answer, so screens can tell "loading" from "empty".
 */
export function useLiveQuery<T>(query: () => Promise<T>, initial: T): { value: ShallowRef<T>; ready: ShallowRef<boolean>; error: ShallowRef<unknown> } {
  const value = shallowRef(initial) as ShallowRef<T>
  const ready = shallowRef(false)
  const error = shallowRef<unknown>(undefined)
  const subscription = liveQuery(query).subscribe({
    next: (result) => {
      value.value = result
      ready.value = true
      error.value = undefined
    },
    error: (cause: unknown) => {
      error.value = cause
      ready.value = true
    },
  })
  if (getCurrentScope()) onScopeDispose(() => subscription.unsubscribe())
  return { value, ready, error }
}
