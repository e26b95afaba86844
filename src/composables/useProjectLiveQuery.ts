import { liveQuery } from 'dexie'
import { shallowRef, watch, type ShallowRef, type WatchSource } from 'vue'

/**
 * A Dexie live query over one project's records, as Vue refs. Dexie re-runs a query when the tables it read
 * change, but not when the current project changes (that is Vue state): so the query is started again for
 * each project id. With no project, the value is `initial` and `ready` is true.
 */
export function useProjectLiveQuery<T>(
  projectId: WatchSource<string | undefined>,
  query: (projectId: string) => Promise<T>,
  initial: T,
): { value: ShallowRef<T>; ready: ShallowRef<boolean>; error: ShallowRef<unknown> } {
  const value = shallowRef(initial) as ShallowRef<T>
  const ready = shallowRef(false)
  const error = shallowRef<unknown>(undefined)
  watch(
    projectId,
    (id, _old, onCleanup) => {
      ready.value = false
      if (!id) {
        value.value = initial
        return
      }
      const subscription = liveQuery(() => query(id)).subscribe({
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
      onCleanup(() => subscription.unsubscribe())
    },
    { immediate: true },
  )
  return { value, ready, error }
}
