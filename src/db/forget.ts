import { DB_NAME, DESK_DB_NAME, resetDatabase } from './database'

/**
 * Issue 11, item 6: deleting every IndexedDB database the app made on this origin. The browser lists them where it
 * can (indexedDB.databases()); the names the app is known to use are deleted too, for a browser that cannot list.
 * On the app's own origin every database is the app's.
 */

/**
 * The databases the app opens: its own, a desk session's (issue 11, item 5), and Dexie's list of database names (kept
 * only where the browser cannot list them). A new database gets its name added here.
 */
export const KNOWN_DATABASES: readonly string[] = [DB_NAME, DESK_DB_NAME, '__dbnames']

/** How long another tab may hold a database open before the person is asked to close it. */
const BLOCKED_WAIT_MS = 10_000

/** A database could not be deleted because another window of the app keeps it open. */
export class DatabaseBlockedError extends Error {
  constructor(readonly database: string) {
    super(`The database ${database} is kept open elsewhere`)
    this.name = 'DatabaseBlockedError'
  }
}

/** Deletes one database; waits for other tabs to close it (Dexie closes its connection when asked). */
function deleteOne(factory: IDBFactory, name: string, blockedWaitMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name)
    let timer: ReturnType<typeof setTimeout> | undefined
    request.onsuccess = () => {
      clearTimeout(timer)
      resolve()
    }
    request.onerror = () => {
      clearTimeout(timer)
      reject(request.error ?? new Error(`Could not delete ${name}`))
    }
    // Blocked: another tab has it open. The request goes on by itself once that tab lets go; give up after a while.
    request.onblocked = () => {
      timer ??= setTimeout(() => reject(new DatabaseBlockedError(name)), blockedWaitMs)
    }
  })
}

/** The names of the databases on this origin, as the browser lists them (empty where it cannot). */
export async function listDatabases(factory: IDBFactory = indexedDB): Promise<string[]> {
  if (typeof factory.databases !== 'function') return []
  const listed = await factory.databases().catch(() => [])
  return listed.flatMap((db) => (db.name ? [db.name] : []))
}

/** Closes the app's connection, then deletes every database of the origin. Resolves with the names deleted. */
export async function deleteAllDatabases(factory: IDBFactory = indexedDB, blockedWaitMs = BLOCKED_WAIT_MS): Promise<string[]> {
  resetDatabase()
  const names = [...new Set([...(await listDatabases(factory)), ...KNOWN_DATABASES])]
  for (const name of names) await deleteOne(factory, name, blockedWaitMs)
  return names
}
