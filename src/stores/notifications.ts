import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { readSetting, writeSetting } from '@/db/settings'
import { i18n } from '@/i18n'
import { NOTIFY_SETTING, type NotifyChoice } from '@/sw/notify-setting'
import { todayIso } from './clock'

/** The tag of the worker's daily check (src/sw/sw.ts). */
const PERIODIC_TAG = 'isip-dates'
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * What this browser offers (issue 12): `daily` — notifications, and Periodic Background Sync for an installed app
 * (Chrome on Android), so the worker can check once a day with the app closed; `open-only` — notifications when the
 * app is opened; `unsupported` — none (Safari on iPhone outside an installed app, Firefox on a computer).
 */
export type NotifySupport = 'unsupported' | 'open-only' | 'daily'

export function notifySupport(): NotifySupport {
  if (typeof window === 'undefined' || !('Notification' in window) || !('serviceWorker' in navigator)) return 'unsupported'
  if (typeof ServiceWorkerRegistration === 'undefined' || !('showNotification' in ServiceWorkerRegistration.prototype)) return 'unsupported'
  return 'periodicSync' in ServiceWorkerRegistration.prototype ? 'daily' : 'open-only'
}

interface PeriodicSyncManager {
  register(tag: string, options: { minInterval: number }): Promise<void>
  unregister(tag: string): Promise<void>
}
const periodicSyncOf = (registration: ServiceWorkerRegistration) => (registration as ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager }).periodicSync

/** The worker, once it is active (undefined when there is none: a first visit offline, or no support). */
async function activeWorker(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator)) return undefined
  const registration = await Promise.race([navigator.serviceWorker.ready, new Promise<undefined>((resolve) => setTimeout(resolve, 10_000))])
  return registration?.active ? registration : undefined
}

/** Asks the worker to check today's and tomorrow's dates now, in the app's language, with the app's `today`. */
async function askWorkerToCheck(today: string, language: string): Promise<void> {
  const registration = await activeWorker()
  registration?.active?.postMessage({ type: 'check-dates', today, language })
}

/**
 * Run once each time the app opens (src/main.ts, only when notifications are allowed): when the person has
 * turned them on, the worker shows what falls due today and tomorrow. Also keeps the language the worker writes in.
 */
export async function checkDatesOnOpen(today = todayIso()): Promise<void> {
  const choice = await readSetting<NotifyChoice>(NOTIFY_SETTING, { enabled: false })
  if (!choice.enabled || Notification.permission !== 'granted') return
  const language = i18n.global.locale.value
  if (choice.language !== language) await writeSetting(NOTIFY_SETTING, { ...choice, language })
  await askWorkerToCheck(today, language)
}

/** Notifications of the dates, computed on the device: whether this browser can, and the person's choice. */
export const useNotificationsStore = defineStore('notifications', () => {
  /** What this browser offers. */
  const support = shallowRef<NotifySupport>(notifySupport())
  /** The browser's permission: `default` until the person is asked (never on a first visit, only on "turn on"). */
  const permission = shallowRef<NotificationPermission | 'unsupported'>(support.value === 'unsupported' ? 'unsupported' : Notification.permission)
  /** The person turned notifications on (and the browser allows them). */
  const enabled = ref(false)
  /** True once the choice has been read. */
  const ready = ref(false)

  // A window that cannot open the database (storage health) reads as "off": the banner says why.
  void readSetting<NotifyChoice>(NOTIFY_SETTING, { enabled: false })
    .catch((): NotifyChoice => ({ enabled: false }))
    .then((choice) => {
      enabled.value = choice.enabled && permission.value === 'granted'
      ready.value = true
    })

  /** Asks the browser's permission (the person pressed "turn on"), then checks at once and, where offered, daily. */
  async function turnOn(today = todayIso()): Promise<void> {
    if (support.value === 'unsupported') return
    permission.value = await Notification.requestPermission()
    if (permission.value !== 'granted') return
    const language = i18n.global.locale.value
    await writeSetting(NOTIFY_SETTING, { enabled: true, language } satisfies NotifyChoice)
    enabled.value = true
    const registration = await activeWorker()
    const periodicSync = registration && periodicSyncOf(registration)
    // Only an installed app gets Periodic Background Sync; elsewhere this is refused, and opening the app checks.
    await periodicSync?.register(PERIODIC_TAG, { minInterval: DAY_MS }).catch(() => undefined)
    await askWorkerToCheck(today, language)
  }

  /** Stops the notifications (the browser's permission stays as the person set it). */
  async function turnOff(): Promise<void> {
    await writeSetting(NOTIFY_SETTING, { enabled: false, language: i18n.global.locale.value } satisfies NotifyChoice)
    enabled.value = false
    const registration = await activeWorker()
    const periodicSync = registration && periodicSyncOf(registration)
    await periodicSync?.unregister(PERIODIC_TAG).catch(() => undefined)
  }

  return { support, permission, enabled, ready, turnOn, turnOff }
})
