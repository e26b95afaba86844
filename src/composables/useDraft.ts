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

  const restoring = readDraft(formId).then((saved) => {
    if (saved) for (const key of Object.keys(initial)) if (typeof saved[key] === 'string') (values as Record<string, string>)[key] = saved[key]
    restored = true
  })

  watch(values, () => {
    if (!restored) return
    clearTimeout(timer)
    // A short pause keeps writes few on a slow phone while still saving within a fraction of a second.
    timer = setTimeout(() => {
      timer = undefined
      void saveDraft(formId, { ...values })
    }, 250)
  })

  // A form closed mid-pause saves its last keystrokes now rather than later, into whatever comes next.
  if (getCurrentScope())
    onScopeDispose(() => {
      if (timer === undefined) return
      clearTimeout(timer)
      timer = undefined
      void saveDraft(formId, { ...values })
    })

  async function discard(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    await clearDraft(formId)
  }

  return { values, restoring, discard }
}
