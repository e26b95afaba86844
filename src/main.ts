import { installTrustedTypes } from './trusted-types'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n, loadMessagePart, setLanguage } from './i18n'
import { createAppRouter } from './router'
import { followForgetElsewhere } from './stores/forgetDevice'
import { getDb } from './db/database'
import { lockHinted } from './db/lock-hint'
import { followLockElsewhere } from './lock/elsewhere'
import { onAppRestart } from './desk/flag'
import './styles/main.css'

// Before anything registers the service worker: the policy's one allowed script URL is the worker's.
installTrustedTypes()

const mount = () => {
  const app = createApp(App).use(createPinia()).use(createAppRouter()).use(i18n)
  app.mount('#app')
  return app
}

// The language's messages come first, so the first paint is already in the person's language. Issue 11: what a desk
// session left (a tab closed mid-session) is wiped before anything opens a database (src/db/desk-leftover.ts: its
// own small chunk, fetched beside the language's, so the first route does not grow).
const wipeDeskLeftover = () => import('./db/desk-leftover').then((m) => m.wipeDeskLeftover()).catch(() => undefined)
void Promise.all([setLanguage(i18n.global.locale.value), wipeDeskLeftover()]).then(async () => {
  // Issue 11: with the lock on, the lock screen (loaded only then) comes before any store reads the data.
  if (lockHinted()) await Promise.all([import('./lock/gate'), loadMessagePart('lock')]).then(([gate]) => gate.untilUnlocked())
  getDb().keyring.onLockFound = () => location.reload()
  followLockElsewhere(() => location.reload())
  let app = mount()
  // Issue 11: a desk session mounts the app anew on its own database (src/stores/deskSession.ts).
  onAppRestart(
    () => app.unmount(),
    () => (app = mount()),
  )
  // Issue 11: "Forget this device" in another tab empties this one too.
  followForgetElsewhere(() => app.unmount())
  // Issue 12: each time the app opens, the worker shows today's and tomorrow's dates (once they are turned on);
  // a window that cannot open the database has nothing to check.
  if (typeof Notification !== 'undefined' && Notification.permission === 'granted') void import('./stores/notifications').then((m) => m.checkDatesOnOpen()).catch(() => undefined)
})
