import { getDb } from './database'
import { nowIso } from './ids'

/** Keeps the text of an open form, so a reload, a crash or an update does not lose it. */
export async function saveDraft(formId: string, values: Record<string, string>): Promise<void> {
  await getDb().drafts.put({ formId, values, savedAt: nowIso() })
}

export async function readDraft(formId: string): Promise<Record<string, string> | undefined> {
  return (await getDb().drafts.get(formId))?.values
}

export async function clearDraft(formId: string): Promise<void> {
  await getDb().drafts.delete(formId)
}
