import { getDb } from './database'

/**
 * Whether this window can keep anything: opens the app's database once. IndexedDB missing (some private windows,
 * an old browser), refused (a site blocked in the browser's settings) or failing to open (a broken profile, a disk
 * error) all mean the same to the person: nothing typed here can be kept.
 */
export async function databaseOpens(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null) return false
    await getDb().open()
    return true
  } catch {
    return false
  }
}

/** Names browsers and Dexie give a write refused because the device's storage (or the site's share of it) is full. */
const FULL_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])

/**
 * A write failed because the storage is full: the browser's `QuotaExceededError` (DOMException code 22), or Dexie's
 * wrapped forms of it: its own `QuotaExceededError`, an `AbortError` (the transaction could not commit) or a
 * `BulkError` with the browser's error inside (`inner`, `failures`, `cause`).
 */
export function isStorageFull(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false
  const { name, code, inner, failures, cause } = error as { name?: unknown; code?: unknown; inner?: unknown; failures?: unknown; cause?: unknown }
  if (typeof name === 'string' && FULL_NAMES.has(name)) return true
  if (error instanceof DOMException && code === 22) return true
  if (isStorageFull(inner, depth + 1) || isStorageFull(cause, depth + 1)) return true
  return Array.isArray(failures) && failures.some((failure) => isStorageFull(failure, depth + 1))
}
