import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { readSetting, writeSetting } from '@/db/settings'

export type PersistenceState = 'persistent' | 'best-effort' | 'unsupported' | 'unknown'

/** Whether the browser may clear the app's data under storage pressure (navigator.storage.persist). */
export const useStorageStore = defineStore('storage', () => {
  /** The browser's answer about persistent storage. */
  const persistence = shallowRef<PersistenceState>('unknown')

  /** Reads the current state without asking anything. */
  async function refresh(): Promise<void> {
    if (!navigator.storage?.persisted) {
      persistence.value = 'unsupported'
      return
    }
    persistence.value = (await navigator.storage.persisted()) ? 'persistent' : 'best-effort'
  }

  /** Asks once per device for persistent storage; later calls only read the answer. */
  async function askOnce(): Promise<void> {
    if (navigator.storage?.persist && !(await readSetting('persistAsked', false))) {
      await writeSetting('persistAsked', true)
      await navigator.storage.persist().catch(() => false)
    }
    await refresh()
  }

  return { persistence, refresh, askOnce }
})
