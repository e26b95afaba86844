import { liveQuery } from 'dexie'
import { getCurrentScope, onScopeDispose, shallowRef, watch, type ShallowRef, type WatchSource } from 'vue'

/** A live query's answer as Vue refs. `ready` turns true after the first answer, so screens can tell "loading" from "empty". */
export interface LiveQuery<T> {
  value: ShallowRef<T>
  ready: ShallowRef<boolean>
  error: ShallowRef<unknown>
}

/** Subscribes `query` (Dexie re-runs it when the tables it read change, in this tab or another) into `state`. */
function follow<T>(query: () => Promise<T>, state: LiveQuery<T>): () => void {
  const subscription = liveQuery(query).subscribe({
    next: (result) => {
      state.value.value = result
      state.ready.value = true
      state.error.value = undefined
    },
    error: (cause: unknown) => {
      state.error.value = cause
      state.ready.value = true
    },
  })
  return () => subscription.unsubscribe()
}

const liveState = <T>(initial: T): LiveQuery<T> => ({ value: shallowRef(initial) as ShallowRef<T>, ready: shallowRef(false), error: shallowRef<unknown>(undefined) })

/** A Dexie live query as Vue refs, for data of the whole device (the projects, a setting). */
export function useLiveQuery<T>(query: () => Promise<T>, initial: T): LiveQuery<T> {
  const state = liveState(initial)
  const stop = follow(query, state)
  if (getCurrentScope()) onScopeDispose(stop)
  return state
}

/**
 * The one way a store reads a project's records live. Dexie re-runs a query when the tables it read change, but
 * not when the current project changes (that is Vue state): so the query starts again for each project id. With
 * no project, the value is `initial` and `ready` is true.
 */
export function useProjectLiveQuery<T>(projectId: WatchSource<string | undefined>, query: (projectId: string) => Promise<T>, initial: T): LiveQuery<T> {
  const state = liveState(initial)
  watch(
    projectId,
    (id, _old, onCleanup) => {
      if (!id) {
        state.value.value = initial
        state.ready.value = true
        return
      }
      state.ready.value = false
      onCleanup(follow(() => query(id), state))
    },
    // At once, not before the next render: a screen must never see the new project with the old project's records.
    { immediate: true, flush: 'sync' },
  )
  return state
}
