/**
 * Issue 11: one key in localStorage, "the lock is on", so the app shows the lock screen before any store reads the
 * database (main.ts). Its value is a random token renewed each time the lock is turned on or changed: another tab
 * sees the change (a `storage` event) and reloads, so it never writes with a key that is no longer the lock's.
 * It says nothing about the person. Absent while the lock is on (storage cleared), the database tells (database.ts).
 */
export const LOCK_HINT_KEY = 'isip-own.lock-on'

/** The window's localStorage; the service worker (which also opens the database) has none. */
interface KeyValues {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}
const store = (): KeyValues | undefined => (globalThis as { localStorage?: KeyValues }).localStorage

export function lockHinted(): boolean {
  try {
    return (store()?.getItem(LOCK_HINT_KEY) ?? null) !== null
  } catch {
    return false
  }
}

/** Keeps the key in step with the database: set when the lock is on (kept as it is if already set), gone when off. */
export function rememberLockHint(on: boolean, renew = false): void {
  try {
    const keys = store()
    if (!on) keys?.removeItem(LOCK_HINT_KEY)
    else if (renew || keys?.getItem(LOCK_HINT_KEY) === null) keys?.setItem(LOCK_HINT_KEY, crypto.randomUUID())
  } catch {
    // No localStorage (the service worker, a private window): the database's own answer still holds.
  }
}
