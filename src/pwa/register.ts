import { useRegisterSW } from 'virtual:pwa-register/vue'

const UPDATE_CHECK_MS = 60 * 60 * 1000

/**
 * Registers the service worker through workbox-window ('prompt' mode: the person chooses when to reload,
 * so nothing being typed is lost). Looks for a new version hourly, and only when online.
 * `onNewVersionActive` runs in every tab that was told of the waiting version once it takes over, whichever tab
 * accepted it: the tab decides whether to reload now or to ask first (vite-plugin-pwa would reload at once).
 */
export function registerServiceWorker(onNewVersionActive: () => void = () => window.location.reload()) {
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
