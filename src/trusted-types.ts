/**
 * Issue 11: the Content-Security-Policy requires Trusted Types (scripts/security-headers.ts), so a plain string can
 * reach no HTML or script sink. The app itself hands one to a sink: workbox-window registers the service worker by
 * its address, a string. This `default` policy, the browser's fallback for such strings, lets through that one
 * address and refuses everything else (an HTML string, a script, any other script URL: it has no rule for them).
 * Vue makes its own policy (`vue`) for the static parts of compiled templates.
 */

/** The service worker vite-plugin-pwa builds and registers (never renamed: src/pwa/README.md). */
const WORKER_PATH = '/sw.js'

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL?: (input: string) => string | null }): unknown
  defaultPolicy: unknown
}

/** True only for the app's own service worker, on the app's own origin. */
export function isOwnWorker(input: string, origin = location.origin): boolean {
  try {
    const url = new URL(input, origin)
    return url.origin === origin && url.pathname === WORKER_PATH && url.search === '' && url.hash === ''
  } catch {
    return false
  }
}

/** Makes the default policy where the browser has Trusted Types; elsewhere (and made once already) does nothing. */
export function installTrustedTypes(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes
  if (!factory || factory.defaultPolicy) return
  factory.createPolicy('default', { createScriptURL: (input) => (isOwnWorker(input) ? input : null) })
}
