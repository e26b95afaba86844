import { DB_NAME, getDb, IsipDatabase, LATEST_VERSION, resetDatabase, useDatabase } from './database'
import { deleteDeskDatabase } from './desk-leftover'
import { DESK_DB_NAME } from './names'
import { Keyring } from './keyring'

/**
 * Issue 11, item 5: the database of a desk session. Every row is sealed by the at-rest layer (at-rest.ts) with a
 * random AES-GCM key made for the session, non-extractable and held only in this page's memory: a tab killed
 * mid-session leaves ciphertext that nobody can open, and the next start deletes it (desk-leftover.ts).
 */

/** A new session's key: random, never exported, never written anywhere. */
export function makeSessionKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
}

/** Deletes a database by name; false when refused or kept open elsewhere (an empty one is simply left). */
function deleteByName(factory: IDBFactory, name: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = factory.deleteDatabase(name)
    request.onsuccess = () => resolve(true)
    request.onerror = () => resolve(false)
    request.onblocked = () => resolve(false)
  })
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

/**
 * Opens a new, empty desk database under a new key and makes it the app's database (getDb) at once, so nothing still
 * running can open the person's one again; then deletes the person's database if it was empty (see above).
 */
export async function openDeskDatabase({ key, factory = indexedDB }: { key?: CryptoKey; factory?: IDBFactory } = {}): Promise<IsipDatabase> {
  const dropOwn = await ownDatabaseIsEmpty().catch(() => false)
  const sessionKey = key ?? (await makeSessionKey())
  // A leftover of an earlier session (whose key is gone) would only be unreadable rows: start from nothing.
  await deleteDeskDatabase(factory)
  const db = new IsipDatabase(DESK_DB_NAME, LATEST_VERSION, new Keyring({ kind: 'open', key: sessionKey }))
  useDatabase(db)
  if (dropOwn) await deleteByName(factory, DB_NAME)
  await db.open()
  return db
}

/** Closes the session's database and deletes it; false when it could not be deleted (the next start retries). */
export async function closeDeskDatabase(): Promise<boolean> {
  resetDatabase()
  return deleteDeskDatabase()
}
