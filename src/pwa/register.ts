import { ref } from 'vue'
import { useRegisterSW } from 'virtual:pwa-register/vue'

const UPDATE_CHECK_MS = 60 * 60 * 1000

/**
 * Registers the service worker through workbox-window ('prompt' mode: the person chooses when to reload,
 * so nothing being typed is lost). Looks for a new version hourly, and only when online.
 * `onNewVersionActive` runs in every tab that was told of the waiting version once it takes over, whichever tab
 * accepted it: the tab decides whether to reload now or to ask first (vite-plugin-pwa would reload at once).
 */
export function registerServiceWorker(onNewVersionActive: () => void = () => window.location.reload()) {
  if (appRemoved) return { offlineReady: ref(false), needRefresh: ref(false), updateServiceWorker: async () => undefined }
  return useRegisterSW({
    immediate: true,
    onNeedReload: onNewVersionActive,
    onRegisteredSW(_url, registration) {
      if (!registration) return
      setInterval(() => {
        if (navigator.onLine && registration.installing === null) void registration.update()
      }, UPDATE_CHECK_MS)
    },
  })
}

/** "Forget this device" removed the app (src/stores/forgetDevice.ts) and opens the first screen with this mark. */
export const APP_REMOVED_MARK = 'app-removed'

/**
 * The first screen after "Forget this device" removed the app: this one load does not register the worker again
 * (opening the app later does). The mark is in the address, not in storage, and leaves it at once: read when this
 * module loads, before the router reads the address.
 */
function takeAppRemovedMark(): boolean {
  if (typeof location === 'undefined' || !new URLSearchParams(location.search).has(APP_REMOVED_MARK)) return false
  history.replaceState(history.state, '', location.pathname + location.hash)
  return true
}
const appRemoved = takeAppRemovedMark()
