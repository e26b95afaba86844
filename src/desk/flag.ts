/**
 * Issue 11, item 5: whether this tab runs a desk session (a shared tablet at the PCSW's desk). In memory only: the
 * session's key lives in this page, so a reload ends the session and this starts false again. While it is true the
 * app writes nothing outside the session's own database: no language or project hint in localStorage, no tab id or
 * leaving copy in sessionStorage (src/i18n/languages.ts, src/first-paint/project-hint.ts, src/stores/drafts.ts).
 * Tiny on purpose: it ships with the first route; the session itself (src/desk/session.ts) loads when chosen.
 */
let active = false
let app: { stop: () => void; start: () => void } | undefined

export function deskActive(): boolean {
  return active
}

export function setDeskActive(on: boolean): void {
  active = on
}

/** main.ts hands over how to unmount the app and mount it anew (a new Pinia and router: nothing read stays in memory). */
export function onAppRestart(stop: () => void, start: () => void): void {
  app = { stop, start }
}

/** Unmounts the app (the session ends: no screen may read the database while it goes). */
export function stopApp(): void {
  app?.stop()
}

/** Unmounts the app, runs `between` (the database is swapped there, with no screen reading it), mounts it again. */
export async function restartApp(between: () => Promise<void>): Promise<void> {
  app?.stop()
  try {
    await between()
  } finally {
    app?.start()
  }
}
