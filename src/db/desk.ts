import { DB_NAME, getDb, IsipDatabase, LATEST_VERSION, resetDatabase, useDatabase } from './database'
import { DESK_DB_NAME, deleteDeskDatabase } from './desk-leftover'
import { Keyring } from './keyring'

/**
 * Issue 11, item 5: the database of a desk session. Every row is sealed by the at-rest layer (at-rest.ts) with a
 * random AES-GCM key made for the session, non-extractable and held only in this page's memory: a tab killed
 * mid-session leaves ciphertext that nobody can open, and the next start deletes it (desk-leftover.ts).
 */
export { DESK_DB_NAME }

/** A new session's key: random, never exported, never written anywhere. */
export function makeSessionKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
}

/** Opens a new, empty desk database under a new key and makes it the app's database (getDb) for the session. */
export async function openDeskDatabase(key?: CryptoKey): Promise<IsipDatabase> {
  // A leftover of an earlier session (whose key is gone) would only be unreadable rows: start from nothing.
  resetDatabase()
  await deleteDeskDatabase()
  const db = new IsipDatabase(DESK_DB_NAME, LATEST_VERSION, new Keyring({ kind: 'open', key: key ?? (await makeSessionKey()) }))
  await db.open()
  useDatabase(db)
  return db
}

/** Closes the session's database and deletes it; false when it could not be deleted (the next start retries). */
export async function closeDeskDatabase(): Promise<boolean> {
  resetDatabase()
  return deleteDeskDatabase()
}

/**
 * Whether the app's own database holds nothing at all (every table empty). The first screen opens it, which creates
 * it empty on a tablet that never held a project; a desk session then deletes that empty shell, so after the session
 * nothing at all is left on such a tablet. A database with any row in it is never touched.
 */
export async function ownDatabaseIsEmpty(): Promise<boolean> {
  const db = getDb()
  if (db.name !== DB_NAME) return false
  const counts = await Promise.all(db.tables.map((table) => table.count()))
  return counts.every((count) => count === 0)
}

/** Deletes the app's own database when it is empty (see ownDatabaseIsEmpty); never one that holds something. */
export async function dropEmptyOwnDatabase(factory: IDBFactory = indexedDB): Promise<boolean> {
  if (!(await ownDatabaseIsEmpty().catch(() => false))) return false
  resetDatabase()
  return new Promise((resolve) => {
    const request = factory.deleteDatabase(DB_NAME)
    request.onsuccess = () => resolve(true)
    request.onerror = () => resolve(false)
    // Another tab keeps it open: leave it (it is empty anyway).
    request.onblocked = () => resolve(false)
  })
}
