import { getCurrentScope, onScopeDispose, reactive, watch } from 'vue'
import { clearDraft, readDraft, saveDraft } from '@/db/drafts'

/**
 * The fields of a form, kept in the database as they are typed: a reload, a crash or an update
 * brings them back. `discard()` forgets them once the form is saved.
 */
export function useDraft<T extends Record<string, string>>(formId: string, initial: T) {
  const values = reactive({ ...initial }) as T
  let restored = false
  let timer: ReturnType<typeof setTimeout> | undefined
  // Every write of this draft runs in order: a save started before `discard()` can never land after it
  // (a form that closes as its record is saved would otherwise leave a stale draft behind).
  let writes: Promise<unknown> = Promise.resolve()
  const inOrder = (write: () => Promise<void>) => (writes = writes.then(write, write))
  const saveNow = () => {
    clearTimeout(timer)
    timer = undefined
    return inOrder(() => saveDraft(formId, { ...values }))
  }

  const restoring = readDraft(formId).then((saved) => {
    if (saved) for (const key of Object.keys(initial)) if (typeof saved[key] === 'string') (values as Record<string, string>)[key] = saved[key]
    restored = true
  })

  watch(values, () => {
    if (!restored) return
    clearTimeout(timer)
    // A short pause keeps writes few on a slow phone while still saving within a fraction of a second.
    timer = setTimeout(() => void saveNow(), 250)
  })

  // A form closed mid-pause saves its last keystrokes now rather than later, into whatever comes next.
  if (getCurrentScope()) onScopeDispose(() => timer !== undefined && void saveNow())

  async function discard(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    await inOrder(() => clearDraft(formId))
  }

  return { values, restoring, discard }
}
