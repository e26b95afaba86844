import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { getDb } from '@/db/database'
import { registerServiceWorker } from '@/pwa/register'

/** "Ready to work offline" and "a new version is ready", from the service worker and the database. */
export const useAppUpdateStore = defineStore('appUpdate', () => {
  const { offlineReady, needRefresh, updateServiceWorker } = registerServiceWorker()
  /** Another tab opened a newer database version: this tab must reload to keep working. */
  const databaseOutdated = shallowRef(false)

  getDb().on('versionchange', () => {
    databaseOutdated.value = true
    // Dexie closes this connection so the other tab's upgrade can go on; a reload reopens it.
  })

  /** Reloads into the new version (activates the waiting worker first when there is one). */
  async function reload(): Promise<void> {
    if (needRefresh.value) await updateServiceWorker(true)
    else window.location.reload()
  }

  /** Hides the "ready offline" note. */
  function dismissOfflineReady(): void {
    offlineReady.value = false
  }

  return { offlineReady, needRefresh, databaseOutdated, reload, dismissOfflineReady }
})
