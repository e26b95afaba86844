import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { databaseOpens, isStorageFull } from '@/db/health'
import { readSetting, writeSetting } from '@/db/settings'

export type PersistenceState = 'persistent' | 'best-effort' | 'unsupported' | 'unknown'
/** Whether this window can keep anything: 'checking' until the database has opened once, or failed to. */
export type DatabaseState = 'checking' | 'ready' | 'unavailable'

/** How much the app uses of what the browser lets it use, in bytes (navigator.storage.estimate). */
export interface StorageUsage {
  usage: number
  quota: number
}

/** A write failed because the device's storage is full (the browser's error, or Dexie's wrapped form of it). */
export { isStorageFull }

/**
 * The health of the app's storage: whether this window can keep anything at all, whether the browser may clear the
 * data under storage pressure (navigator.storage.persist), and how much the app uses.
 */
export const useStorageStore = defineStore('storage', () => {
  /** The browser's answer about persistent storage. */
  const persistence = shallowRef<PersistenceState>('unknown')
  /** Whether the database opened in this window (detected once, by `checkDatabase`). */
  const database = shallowRef<DatabaseState>('checking')
  /** What the app uses and may use, once the browser has said (undefined where it cannot say). */
  const usage = shallowRef<StorageUsage>()

  let checking: Promise<DatabaseState> | undefined
  /** Opens the database once to learn whether this window can keep anything; later calls give the same answer. */
  function checkDatabase(): Promise<DatabaseState> {
    checking ??= databaseOpens().then((opens) => (database.value = opens ? 'ready' : 'unavailable'))
    return checking
  }

  /** Reads the current state without asking anything. */
  async function refresh(): Promise<void> {
    if (!navigator.storage?.persisted) {
      persistence.value = 'unsupported'
      return
    }
    persistence.value = (await navigator.storage.persisted().catch(() => false)) ? 'persistent' : 'best-effort'
  }

  /** Reads how much the app uses (its data and its offline copy) and how much the browser lets it use. */
  async function measure(): Promise<void> {
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined)
    usage.value = typeof estimate?.usage === 'number' && typeof estimate.quota === 'number' ? { usage: estimate.usage, quota: estimate.quota } : undefined
  }

  /** Asks once per device for persistent storage; later calls only read the answer. */
  async function askOnce(): Promise<void> {
    if (navigator.storage?.persist && !(await readSetting('persistAsked', false))) {
      await writeSetting('persistAsked', true)
      await navigator.storage.persist().catch(() => false)
    }
    await refresh()
  }

  /** Asks the browser again, when the person chooses to (a browser may say yes later: an installed app, a bookmark). */
  async function ask(): Promise<void> {
    await navigator.storage?.persist?.().catch(() => false)
    await refresh()
  }

  return { persistence, database, usage, checkDatabase, refresh, measure, askOnce, ask }
})
