import { getDb, type Draft } from './database'
import { nowIso } from './ids'

/** A draft's key: the form and the tab that types it. */
export const draftKey = (form: string, tab: string) => `${form}@${tab}`

/** The tab that typed a draft (`undefined`: a draft from before tabs were told apart). */
const tabOf = (draft: Draft, form: string) => (draft.formId === form ? undefined : draft.formId.slice(form.length + 1))

/** Every draft of one form, whichever tab typed it. */
async function draftsOf(form: string): Promise<Draft[]> {
  const rows = await getDb().drafts.where('formId').startsWith(form).toArray()
  return rows.filter((d) => d.formId === form || d.formId.startsWith(`${form}@`))
}

/**
 * The draft this tab keeps of a form; else the newest one a tab that is no longer open left behind (a closed tab,
 * a reload in a new tab), which this tab takes over in the same transaction. A draft of a tab still open is never
 * taken: each tab keeps its own.
 */
export async function takeDraft(form: string, tab: string, isOpen: (tab: string) => boolean): Promise<Draft | undefined> {
  const db = getDb()
  return db.transaction('rw', db.drafts, async () => {
    const all = await draftsOf(form)
    const own = all.find((d) => tabOf(d, form) === tab)
    if (own) return own
    const left = all.filter((d) => {
      const other = tabOf(d, form)
      return other === undefined || !isOpen(other)
    })
    const newest = left.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1))[0]
    if (!newest) return undefined
    const taken = { ...newest, formId: draftKey(form, tab) }
    await db.drafts.delete(newest.formId)
    await db.drafts.put(taken)
    return taken
  })
}

/** Keeps the text of an open form (and the record it started from), so a reload, a crash or an update does not lose it. */
export async function saveDraft(form: string, tab: string, values: Record<string, string>, base?: unknown): Promise<void> {
  const draft: Draft = { formId: draftKey(form, tab), values, savedAt: nowIso() }
  if (base !== undefined) draft.base = base
  await getDb().drafts.put(draft)
}

/** Forgets this tab's draft of a form (it was saved, or put aside). */
export async function clearDraft(form: string, tab: string): Promise<void> {
  await getDb().drafts.delete(draftKey(form, tab))
}
