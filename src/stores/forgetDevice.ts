/**
 * Issue 11, item 6: "Forget this device". Deletes every trace the app left in this browser: every database, the
 * notifications still shown and the daily check, the app's caches, and every key in localStorage and sessionStorage
 * (the language, the first paint's hint, this tab's id and what a form held as a page went away). With `removeApp`
 * the service worker goes too, with the offline copy of the app; without it the app itself stays installed (its
 * precache holds only the app's own files, the same for everybody) and still opens offline.
 * The page must then be reloaded (`startAsNew`): what this page still holds in memory goes with it.
 */
import { deleteAllDatabases } from '@/db/forget'
import { APP_REMOVED_MARK } from '@/pwa/register'

/** Workbox's precache: the app's own files, kept while the app stays installed. */
const PRECACHE_PREFIX = 'workbox-precache'
/** The daily check's tag (src/stores/notifications.ts, src/sw/sw.ts). */
const PERIODIC_TAG = 'isip-dates'

export interface ForgetOptions {
  /** Also unregister the service worker and delete the offline copy of the app. */
  removeApp: boolean
}

type Registration = ServiceWorkerRegistration & { periodicSync?: { unregister(tag: string): Promise<void> } }

async function registrations(): Promise<Registration[]> {
  if (typeof navigator === 'undefined' || !navigator.serviceWorker?.getRegistrations) return []
  return (await navigator.serviceWorker.getRegistrations().catch(() => [])) as Registration[]
}

/** Closes the notifications still on screen (they name dates of the project) and stops the daily check. */
async function quietWorkers(all: Registration[]): Promise<void> {
  for (const registration of all) {
    const shown = await registration.getNotifications?.().catch(() => [])
    for (const notification of shown ?? []) notification.close()
    await registration.periodicSync?.unregister(PERIODIC_TAG).catch(() => undefined)
  }
  if (typeof navigator !== 'undefined' && 'clearAppBadge' in navigator) await navigator.clearAppBadge().catch(() => undefined)
}

/** Deletes the app's caches; the precache stays when the app does. */
async function deleteCaches(removeApp: boolean): Promise<void> {
  if (typeof caches === 'undefined') return
  const names = await caches.keys()
  for (const name of names) if (removeApp || !name.startsWith(PRECACHE_PREFIX)) await caches.delete(name)
}

function clearStorage(): void {
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      globalThis[area]?.clear()
    } catch {
      // A browser that refuses storage kept nothing there.
    }
  }
}

/** The app's other tabs hear on this channel that the device was forgotten. */
const CHANNEL = 'isip-own.forget'
/** This tab forgot the device: its own listener hears the message too, and must not open the first screen twice. */
let forgettingHere = false

function tellOtherTabs(options: ForgetOptions): void {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(CHANNEL)
  channel.postMessage({ type: 'forgotten', removeApp: options.removeApp })
  channel.close()
}

/** Forgets everything. Rejects (DatabaseBlockedError) when another window keeps the database open. */
export async function forgetDevice({ removeApp }: ForgetOptions): Promise<void> {
  forgettingHere = true
  try {
    const workers = await registrations()
    await quietWorkers(workers)
    await deleteAllDatabases()
    if (removeApp) for (const registration of workers) await registration.unregister().catch(() => false)
    await deleteCaches(removeApp)
  } catch (error) {
    forgettingHere = false
    throw error
  }
  // Last: nothing the steps above write (a tab id, a form leaving) may stay behind.
  clearStorage()
  tellOtherTabs({ removeApp })
}

/**
 * In every tab: when another tab forgot the device, this one lets go of what it shows (`stop` unmounts the app, so
 * no form keeps what it holds as the page goes), empties its own sessionStorage and opens as new too.
 */
export function followForgetElsewhere(stop: () => void): void {
  if (typeof BroadcastChannel === 'undefined') return
  new BroadcastChannel(CHANNEL).onmessage = (event: MessageEvent<{ type?: string; removeApp?: boolean }>) => {
    if (event.data?.type !== 'forgotten' || forgettingHere) return
    stop()
    clearStorage()
    startAsNew({ removeApp: event.data.removeApp === true })
  }
}

/**
 * Opens the first screen as on a new device, with nothing of this page kept in memory. When the app was removed,
 * that first screen does not put the worker back (src/pwa/register.ts).
 */
export function startAsNew({ removeApp }: ForgetOptions): void {
  location.replace(removeApp ? `/?${APP_REMOVED_MARK}` : '/')
}
