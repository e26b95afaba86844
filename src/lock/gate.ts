import { createApp } from 'vue'
import LockScreen from '@/components/lock/LockScreen.vue'
import { getDb } from '@/db/database'
import { rememberLockHint } from '@/db/lock-hint'
import { DEFAULT_IDLE_MINUTES, readLockConfig } from '@/db/lock'
import { i18n, loadMessagePart } from '@/i18n'
import { startAutoLock } from './auto-lock'

/**
 * With the lock on (main.ts knows it from a plain hint), the lock screen comes before the app: no store exists yet,
 * so nothing reads the data until the passphrase has opened it. Loaded only then, so the first route does not grow.
 */
export async function untilUnlocked(): Promise<void> {
  const [config] = await Promise.all([readLockConfig(), loadMessagePart('lock')])
  // The hint was stale (the lock was turned off in a page that could not clear it).
  if (!config) return rememberLockHint(false)
  if (getDb().keyring.state.kind !== 'open') {
    document.title = i18n.global.t('app.name')
    await new Promise<void>((resolve) => {
      const screen = createApp(LockScreen, {
        pin: config.pin,
        onUnlocked: () => {
          screen.unmount()
          focusFirstHeading()
          resolve()
        },
      }).use(i18n)
      screen.mount('#app')
    })
  }
  startAutoLock((config.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000)
}

/** The field that had the focus is gone with the lock screen: the screen the app opens on takes it (its heading). */
function focusFirstHeading(): void {
  const root = document.getElementById('app')
  if (!root) return
  const observer = new MutationObserver(() => {
    const heading = root.querySelector<HTMLElement>('main h1')
    if (!heading) return
    observer.disconnect()
    heading.setAttribute('tabindex', '-1')
    heading.focus()
  })
  observer.observe(root, { childList: true, subtree: true })
  setTimeout(() => observer.disconnect(), 10_000)
}
