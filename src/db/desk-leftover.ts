/**
 * Issue 11, item 5: a desk session keeps its data in a database of its own, sealed with a key that lives only in
 * the session's page (src/desk/session.ts). The page holds a Web Lock for as long as it lives; a tab closed or
 * killed mid-session lets go of it and leaves only ciphertext. Every start of the app wipes such a leftover before
 * anything is shown, unless a live tab's session still holds the lock. Small: it runs in the entry, before mount.
 */
import { DESK_DB_NAME } from './names'

export const DESK_LOCK_NAME = 'isip-own.desk'

/** How long a leftover's deletion may wait for a connection still closing (a page just reloaded). */
const BLOCKED_WAIT_MS = 3000

/** Deletes the desk database; resolves false when it could not (blocked past the wait, or refused). */
export function deleteDeskDatabase(factory: IDBFactory | undefined = globalThis.indexedDB, blockedWaitMs = BLOCKED_WAIT_MS): Promise<boolean> {
  if (!factory) return Promise.resolve(true)
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const done = (ok: boolean) => {
      clearTimeout(timer)
      resolve(ok)
    }
    try {
      const request = factory.deleteDatabase(DESK_DB_NAME)
      request.onsuccess = () => done(true)
      request.onerror = () => done(false)
      request.onblocked = () => (timer ??= setTimeout(() => done(false), blockedWaitMs))
    } catch {
      done(false)
    }
  })
}

/** This page was opened by reloading its tab: the page before (a session, perhaps) may still hold the lock a moment. */
function reloaded(): boolean {
  const [navigation] = typeof performance !== 'undefined' ? performance.getEntriesByType('navigation') : []
  return (navigation as PerformanceNavigationTiming | undefined)?.type === 'reload'
}

/**
 * At every start: wipes what a desk session left (a tab closed, killed or reloaded mid-session), unless a live
 * session holds its lock. The wipe takes the lock itself, so no session can start while it runs. After a reload the
 * session's page may still be letting go: wait for it a little. Without Web Locks no desk session can start
 * (src/desk/session.ts), so a leftover is simply wiped. Resolves with what happened, never rejects: the app must
 * open anyway.
 */
export async function wipeDeskLeftover(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  locks: LockManager | undefined = globalThis.navigator?.locks,
  waitMs = reloaded() ? 2000 : 0,
): Promise<'kept' | 'wiped' | 'failed'> {
  const wipe = async () => ((await deleteDeskDatabase(factory)) ? 'wiped' : 'failed')
  if (!locks) return wipe()
  const options: LockOptions = waitMs > 0 ? { signal: AbortSignal.timeout(waitMs) } : { ifAvailable: true }
  // Not had (at once, or within the wait): a live session holds it.
  return locks.request(DESK_LOCK_NAME, options, (lock) => (lock ? wipe() : 'kept' as const)).catch(() => 'kept' as const)
}
