import { getCurrentScope, onScopeDispose, reactive, shallowRef, toRaw, watch } from 'vue'
import type { FormValues } from '@/domain/forms'
import { sameData } from '@/domain/validation'
import { useDraftsStore } from '@/stores/drafts'
import { isStorageFull } from '@/stores/storage'

/**
 * The fields of a form, kept as a draft (through the drafts store) as they are typed: a reload, a crash, a closed
 * tab or an update brings them back, and each tab keeps its own. Every keystroke is written at once — in order, at
 * most one write waiting, which takes the latest text — and, when the page is hidden or left, kept at once in the
 * tab's sessionStorage too (see the drafts store).
 * `base` is the record the form started from; a restored draft brings back the base it started from.
 */
export function useDraft<T extends FormValues>(formId: string, initial: T, options: { base?: unknown } = {}) {
  const drafts = useDraftsStore()
  const values = reactive({ ...initial }) as T
  /** The record this text started from (for telling whether it changed elsewhere since). */
  const base = shallowRef<unknown>(options.base)
  /** The last write of the draft failed: the form says so (what is typed is then kept only on screen). */
  const failed = shallowRef(false)
  /** The last write of the draft failed because the device's storage is full (the form says that it is full). */
  const full = shallowRef(false)
  /** The text the form holds when nothing is typed: the record's text, or what it was last saved or restarted with. */
  let clean: T = { ...initial }
  /** Tells the drafts store whether this tab has text typed and not yet saved here (an update asks before reloading). */
  const mark = () => drafts.typing(formId, !sameData(toRaw(values), clean))
  let restored = false
  let waiting = false
  /** What is on screen may not be in the database yet: typed since the last write began, or a write still going. */
  let changed = false
  let writing = 0
  // Every write of this draft runs in order: a save started before `discard()` can never land after it.
  let writes: Promise<unknown> = Promise.resolve()
  const inOrder = (write: () => Promise<void>) => (writes = writes.then(write, write))

  async function write(): Promise<void> {
    changed = false
    writing += 1
    try {
      await drafts.write(formId, { ...toRaw(values) }, base.value)
      failed.value = false
      full.value = false
    } catch (cause) {
      failed.value = true
      full.value = isStorageFull(cause)
    } finally {
      writing -= 1
    }
  }
  function save(): void {
    if (waiting) return
    waiting = true
    void inOrder(() => {
      waiting = false
      return write()
    })
  }

  const restoring = drafts.read(formId).then(
    (saved) => {
      // Text typed before the draft could be read wins over the draft.
      if (saved && sameData(toRaw(values), initial)) {
        for (const key of Object.keys(initial)) if (typeof saved.values[key] === 'string') (values as FormValues)[key] = saved.values[key]
        if (saved.base !== undefined) base.value = saved.base
      }
      restored = true
      mark()
      // Text typed while the draft was being read (a slow phone) is written now.
      if (changed) save()
    },
    () => (restored = true),
  )

  watch(values, () => {
    changed = true
    mark()
    if (restored) save()
  })

  // The page may go (a reload, a closed tab, the phone putting the app away): keep what is typed and not yet
  // written right now, where it lands before the page goes, and write it again. A form with nothing new keeps nothing.
  const flush = () => {
    if (!changed && writing === 0) return
    drafts.keepNow(formId, { ...toRaw(values) }, base.value)
    void write()
  }
  const onVisibility = () => document.visibilityState === 'hidden' && flush()
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onVisibility)
  }
  if (getCurrentScope())
    onScopeDispose(() => {
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onVisibility)
      drafts.typing(formId, false)
    })

  /** Forgets the draft (after a save, or when the person puts the text aside). */
  async function discard(): Promise<void> {
    waiting = false
    changed = false
    clean = { ...toRaw(values) }
    mark()
    await inOrder(() => drafts.discard(formId))
  }

  /** Starts again from `record`'s text: the draft now starts from it. */
  function restart(next: T, record?: unknown): void {
    base.value = record
    clean = { ...next }
    Object.assign(values, next)
  }

  return { values, base, failed, full, restoring, discard, restart }
}
