import type { Plugin } from 'vite'

/**
 * Issue 11, item 7: the one source of the app's security policy. `npm start`'s server (Vite's `preview.headers`),
 * the deploy file for static hosts (`_headers`, written into the build), the `<meta>` policy in index.html (for a
 * host that can send no header) and the browser tests' server all take it from here, so they cannot drift.
 */

/**
 * The Content-Security-Policy, directive by directive: everything from the app's own origin only. Images may also be
 * `data:` and `blob:` (photos of letters made on the device); styles may be inline (Vue's style bindings and the
 * first paint's one `<style>`). No script is inline, none is evaluated.
 */
const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  // A header only: a <meta> policy cannot forbid framing (the browser ignores it there, with a console error).
  ['frame-ancestors', "'none'"],
  // No string reaches an HTML or script sink (innerHTML, a script's src…) unless a policy made it trusted. Two may
  // exist: Vue's own (`vue`: the static parts of compiled templates; v-html, which lint forbids) and the app's
  // `default` (src/trusted-types.ts), which lets through the service worker's address and nothing else.
  ['require-trusted-types-for', "'script'"],
  ['trusted-types', 'vue default'],
]

/** Directives a `<meta>` policy may not carry (CSP 3: frame-ancestors, report-uri and sandbox are header-only). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

const policy = (directives: readonly (readonly [string, string])[]): string => directives.map(([name, value]) => `${name} ${value}`).join('; ')

/** The policy the server sends as a header. */
export const CONTENT_SECURITY_POLICY = policy(CSP_DIRECTIVES)

/** The same policy without what only a header can say, for index.html's `<meta http-equiv>`. */
export const META_CONTENT_SECURITY_POLICY = policy(CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)))

/**
 * Powerful features the app never uses, refused to it and to anything it could ever embed. (Picking a photo with
 * `<input capture>` opens the phone's own camera app and needs no `camera` permission.) Web Share is not named: the
 * app uses it (a backup or calendar file goes to the phone's share sheet) and its default is the app's own origin
 * already. Only names every Chromium build knows: an unknown one (`web-share` and `bluetooth` on desktop Linux) is
 * a console warning on every load (tests/e2e/security.test.ts fails on one).
 */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')

/** Every header the app is served with, on every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
}

/** The deploy file for static hosts that read `_headers` from the published folder (Netlify, Cloudflare Pages). */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)
  return ['# Written by `npm run build` from scripts/security-headers.ts: edit that file, not this one.', '/*', ...lines, ''].join('\n')
}

const META_CSP = /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/

/**
 * Writes the `<meta>` policy into index.html (it must come before any script or style, so it stays where index.html
 * has it), emits `_headers` into the build, and has `vite preview` send the headers.
 */
export function securityHeaders(): Plugin {
  return {
    name: 'isip:security-headers',
    config: () => ({ preview: { headers: { ...SECURITY_HEADERS } } }),
    transformIndexHtml(html) {
      if (!META_CSP.test(html)) throw new Error('security headers: index.html has no <meta http-equiv="Content-Security-Policy" content="…" />')
      return html.replace(META_CSP, `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`)
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() })
    },
  }
}
