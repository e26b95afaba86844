import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { getDb } from '@/db/database'
import { registerServiceWorker } from '@/pwa/register'
import { useDraftsStore } from './drafts'

/** "Ready to work offline" and "a new version is ready", from the service worker and the database. */
export const useAppUpdateStore = defineStore('appUpdate', () => {
  const drafts = useDraftsStore()
  /** This tab's person chose to reload into the new version. */
  let accepted = false
  /**
   * The new version was accepted in another tab while this one holds typed text: this tab asks in its own right
   * rather than reloading under the person's fingers (what is typed is kept through the reload, see the drafts store).
   */
  const updatedElsewhere = shallowRef(false)

  const { offlineReady, needRefresh, updateServiceWorker } = registerServiceWorker(() => {
    // A tab with nothing typed follows the tab that accepted, as before; one with typed text asks first.
    if (accepted || !drafts.typed) window.location.reload()
    else updatedElsewhere.value = true
  })
  /** Another tab opened a newer database version: this tab must reload to keep working. */
  const databaseOutdated = shallowRef(false)

  getDb().on('versionchange', () => {
    databaseOutdated.value = true
    // Dexie closes this connection so the other tab's upgrade can go on; a reload reopens it.
  })

  /**
   * Reloads into the new version: activates the waiting worker first when there is one (every tab that was told of
   * it then hears that it took over); once another tab has activated it, a plain reload brings it.
   */
  async function reload(): Promise<void> {
    if (needRefresh.value && !updatedElsewhere.value) {
      accepted = true
      await updateServiceWorker(true)
    } else window.location.reload()
  }

  /** Hides the "ready offline" note. */
  function dismissOfflineReady(): void {
    offlineReady.value = false
  }

  return { offlineReady, needRefresh, databaseOutdated, updatedElsewhere, reload, dismissOfflineReady }
})
