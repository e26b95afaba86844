import { useRegisterSW } from 'virtual:pwa-register/vue'

const UPDATE_CHECK_MS = 60 * 60 * 1000

/**
 * Registers the service worker through workbox-window ('prompt' mode: the person chooses when to reload,
 * so nothing being typed is lost). Looks for a new version hourly, and only when online.
 */
export function registerServiceWorker() {
  return useRegisterSW({
    immediate: true,
    onRegisteredSW(_url, registration) {
      if (!registration) return
      setInterval(() => {
        if (navigator.onLine && registration.installing === null) void registration.update()
      }, UPDATE_CHECK_MS)
    },
  })
}
