/// <reference lib="webworker" />
/**
 * The app's service worker (vite-plugin-pwa, injectManifest): the same precache and update-on-prompt behaviour as
 * before, plus the dates' notifications (issue 12), computed here from IndexedDB with the rules engine.
 * Never rename the built file `sw.js` (src/pwa/README.md).
 */
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { datesToNotify } from './check'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Parameters<typeof precacheAndRoute>[0] }

/** Periodic Background Sync (Chrome on Android, installed app): not in TypeScript's lib yet. */
interface PeriodicSyncEvent extends ExtendableEvent {
  readonly tag: string
}

/** The tag the app registers its daily check under (src/stores/notifications.ts). */
const PERIODIC_TAG = 'isip-dates'

// Precache every file of the build; a navigation anywhere gets index.html (history-mode routes), offline too.
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')))
// Without clientsClaim the worker never controls the first page load (toolchain.md).
clientsClaim()

/** Today on this device, `YYYY-MM-DD`, local time (when the worker wakes up alone, with no page to ask). */
function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/** One check at a time, so two wake-ups never show the same date twice. */
let queue: Promise<unknown> = Promise.resolve()
function check(today: string, language?: string): Promise<number> {
  const run = queue.then(async () => {
    const due = await datesToNotify(today, language)
    for (const n of due) {
      await self.registration.showNotification(n.title, { body: n.body, tag: n.tag, icon: '/icons/icon-192.png', data: { url: '/' } })
    }
    return due.length
  })
  queue = run.catch(() => undefined)
  return run
}

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; today?: string; language?: string } | null
  // 'prompt' mode: the page says when the new version may take over (workbox-window's messageSkipWaiting).
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting()
  if (data?.type === 'check-dates') {
    const today = typeof data.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.today) ? data.today : localToday()
    event.waitUntil(
      check(today, data.language).then(
        (shown) => event.source?.postMessage({ type: 'dates-checked', today, shown }),
        () => event.source?.postMessage({ type: 'dates-checked', today, shown: 0, failed: true }),
      ),
    )
  }
})

self.addEventListener('periodicsync', ((event: PeriodicSyncEvent) => {
  if (event.tag === PERIODIC_TAG) event.waitUntil(check(localToday()).catch(() => 0))
}) as EventListener)

// A tap on the notification opens the app (or brings it forward) on Today.
self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows[0]
      return open ? open.focus() : self.clients.openWindow('/')
    }),
  )
})
