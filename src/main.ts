import { installTrustedTypes } from './trusted-types'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n, setLanguage } from './i18n'
import { nextTask } from './next-task'
import { createAppRouter } from './router'
import './styles/main.css'

/**
 * Issue 15: the app starts after the first paint (public/first-paint.js imports this file then), in steps, each
 * its own task, so that no step holds the phone for long. Anything that must happen before the first paint goes
 * into public/first-paint.js (no module, no database); anything the first screen does not need waits until after
 * the mount, like the two imports at the end.
 */

async function start(): Promise<void> {
  // Before anything registers the service worker: the policy's one allowed script URL is the worker's.
  installTrustedTypes()
  // The language's messages come first, so the app's first render is already in the person's language.
  await setLanguage(i18n.global.locale.value)
  await nextTask()
  const app = createApp(App).use(createPinia()).use(createAppRouter()).use(i18n)
  await nextTask()
  app.mount('#app')
  await nextTask()
  // Issue 11: "Forget this device" in another tab empties this one too.
  // (Loaded after the mount: it brings the database's code, kept out of the first route.)
  void import('./stores/forgetDevice').then((m) => m.followForgetElsewhere(() => app.unmount()))
  // Issue 12: each time the app opens, the worker shows today's and tomorrow's dates (once they are turned on);
  // a window that cannot open the database has nothing to check.
  if (typeof Notification !== 'undefined' && Notification.permission === 'granted') void import('./stores/notifications').then((m) => m.checkDatesOnOpen()).catch(() => undefined)
}

void start()
