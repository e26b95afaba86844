import { installTrustedTypes } from './trusted-types'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n, loadMessagePart, setLanguage } from './i18n'
import { nextTask } from './next-task'
import { createAppRouter } from './router'
import { lockHinted, onLockFound } from './db/lock-hint'
import { followLockElsewhere } from './lock/elsewhere'
import { onAppRestart } from './desk/flag'
import './styles/main.css'

/**
 * Issue 15: the app starts after the first paint (public/first-paint.js imports this file then), in steps, each
 * its own task, so that no step holds the phone for long. Anything that must happen before the first paint goes
 * into public/first-paint.js (no module, no database); anything the first screen does not need waits until after
 * the mount, like the imports at the end.
 */

const mount = () => {
  const app = createApp(App).use(createPinia()).use(createAppRouter()).use(i18n)
  app.mount('#app')
  return app
}

// Issue 11: what a desk session left (a tab closed mid-session) is wiped before anything opens a database
// (src/db/desk-leftover.ts: its own small chunk, fetched beside the language's, so the first route does not grow).
const wipeDeskLeftover = () => import('./db/desk-leftover').then((m) => m.wipeDeskLeftover()).catch(() => undefined)

async function start(): Promise<void> {
  // Before anything registers the service worker: the policy's one allowed script URL is the worker's.
  installTrustedTypes()
  // The language's messages come first, so the app's first render is already in the person's language.
  await Promise.all([setLanguage(i18n.global.locale.value), wipeDeskLeftover()])
  // Issue 11: with the lock on, the lock screen (loaded only then) comes before any store reads the data.
  if (lockHinted()) await Promise.all([import('./lock/gate'), loadMessagePart('lock')]).then(([gate]) => gate.untilUnlocked())
  onLockFound(() => location.reload())
  followLockElsewhere(() => location.reload())
  await nextTask()
  let app = mount()
  // Issue 11: a desk session mounts the app anew on its own database (src/stores/deskSession.ts).
  onAppRestart(
    () => app.unmount(),
    () => (app = mount()),
  )
  await nextTask()
  // Issue 11: "Forget this device" in another tab empties this one too.
  // (Loaded after the mount: it brings the database's code, kept out of the first route.)
  void import('./stores/forgetDevice').then((m) => m.followForgetElsewhere(() => app.unmount()))
  // Issue 12: each time the app opens, the worker shows today's and tomorrow's dates (once they are turned on);
  // a window that cannot open the database has nothing to check.
  if (typeof Notification !== 'undefined' && Notification.permission === 'granted') void import('./stores/notifications').then((m) => m.checkDatesOnOpen()).catch(() => undefined)
}

void start()
