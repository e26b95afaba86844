/**
 * Issue 11, item 5: a desk session, for a shared tablet at the PCSW's desk. It keeps nothing after it ends:
 * - its data lives in a database of its own (`isip-own-desk`), sealed with a random key held only in this page
 *   (src/db/desk.ts); the app is mounted anew on it, so the person's own database is neither read nor created;
 * - this page holds a Web Lock (`isip-own.desk`) while the session lives: another start of the app then leaves the
 *   database alone, and once the page is gone (closed, killed, reloaded) the next start wipes it
 *   (src/db/desk-leftover.ts);
 * - nothing goes to localStorage or sessionStorage (src/desk/flag.ts), no notification is offered, no badge is set;
 * - "End session" deletes the database, lets go of the lock, empties this tab's sessionStorage and any cache but the
 *   app's own files, clears the badge, and opens the first screen as a new page (nothing of the session in memory).
 * Loaded only when a session starts or ends: none of it is in the first route.
 */
import { closeDeskDatabase, openDeskDatabase } from '@/db/desk'
import { DESK_LOCK_NAME } from '@/db/desk-leftover'
import { deskActive, restartApp, setDeskActive, stopApp } from '@/desk/flag'

/** Why a session cannot start: the browser lacks what keeps it safe, or another tab runs one. */
export type DeskRefusal = 'unsupported' | 'busy'

export class DeskRefused extends Error {
  constructor(readonly reason: DeskRefusal) {
    super(`A desk session cannot start: ${reason}`)
    this.name = 'DeskRefused'
  }
}

/** Web Locks (to tell a live session from a leftover), WebCrypto (the key) and IndexedDB. */
export function deskSupported(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.locks && typeof crypto !== 'undefined' && !!crypto.subtle && typeof indexedDB !== 'undefined'
}

/** Lets go of the session's lock (set while the lock is held). */
let releaseLock: (() => void) | undefined

/** Takes the session's lock and holds it until released; false when another tab's session holds it. */
function holdLock(): Promise<boolean> {
  return new Promise((resolve, reject) => {
    navigator.locks
      .request(DESK_LOCK_NAME, { ifAvailable: true }, (lock) => {
        if (!lock) return resolve(false)
        resolve(true)
        return new Promise<void>((release) => (releaseLock = release))
      })
      .catch(reject)
  })
}

/** A reload or a closed tab ends the session (its key goes with the page): the browser asks first. */
function askBeforeLeaving(event: BeforeUnloadEvent): void {
  event.preventDefault()
  // Older browsers show the prompt only when a value is set (the text itself is the browser's own).
  event.returnValue = ''
}

/** As the page goes anyway: start deleting the database (the next start finishes the job if this cannot). */
function wipeAsPageGoes(event: PageTransitionEvent): void {
  // A page kept in the back-forward cache may come back with its key: it keeps its session.
  if (event.persisted) return
  void closeDeskDatabase()
}

function clearBadge(): void {
  if (typeof navigator !== 'undefined' && 'clearAppBadge' in navigator) void navigator.clearAppBadge().catch(() => undefined)
}

/**
 * Starts a session in this tab: takes the lock, deletes the device's database if it holds nothing (a tablet that
 * never held a project, see src/db/desk.ts), opens the session's database under a new key and mounts the app on it,
 * on the first screen. Rejects with DeskRefused when it cannot; the app is then as it was.
 */
export async function startDeskSession(): Promise<void> {
  if (deskActive()) return
  if (!deskSupported()) throw new DeskRefused('unsupported')
  if (!(await holdLock())) throw new DeskRefused('busy')
  try {
    await restartApp(async () => {
      await openDeskDatabase()
      setDeskActive(true)
      history.replaceState(null, '', '/')
    })
  } catch (error) {
    setDeskActive(false)
    releaseLock?.()
    throw error
  }
  clearBadge()
  addEventListener('beforeunload', askBeforeLeaving)
  addEventListener('pagehide', wipeAsPageGoes)
}

/** Workbox's precache: the app's own files, the same for everybody, kept. */
const PRECACHE_PREFIX = 'workbox-precache'

/** Any cache but the app's own files (the app makes none today; a later one must not outlive a session). */
async function deleteOtherCaches(): Promise<void> {
  if (typeof caches === 'undefined') return
  for (const name of await caches.keys()) if (!name.startsWith(PRECACHE_PREFIX)) await caches.delete(name)
}

/**
 * Ends the session: unmounts the app, wipes everything of the session, then opens the first screen as a new page
 * (`open`, replaced in tests). Resolves false when the database could not be deleted now (the lock is let go, so
 * the next start deletes it).
 */
export async function endDeskSession(open: (path: string) => void = (path) => location.replace(path)): Promise<boolean> {
  stopApp()
  removeEventListener('beforeunload', askBeforeLeaving)
  removeEventListener('pagehide', wipeAsPageGoes)
  const deleted = await closeDeskDatabase()
  await deleteOtherCaches().catch(() => undefined)
  clearBadge()
  try {
    sessionStorage.clear()
  } catch {
    // Nothing could be kept there.
  }
  setDeskActive(false)
  releaseLock?.()
  releaseLock = undefined
  open('/')
  return deleted
}
