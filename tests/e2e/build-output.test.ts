import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { firstRouteSizes } from '../../scripts/first-route.mjs'
import { SOURCES } from '../../src/domain/sources'
import { DIST } from './support/dist'

const dist = DIST

/**
 * URLs that appear only as text, never fetched: XML namespaces, and help links inside library error messages
 * (Vue's error reference; Dexie's "IndexedDB missing" hints; Workbox's precache warning in the worker). Requests themselves are checked in the browser
 * tests and blocked by the page's Content-Security-Policy.
 */
const TEXT_ONLY_URLS = ['http://www.w3.org', 'https://vuejs.org', 'https://tinyurl.com', 'http://bit.ly', 'https://bit.ly']

/** The official pages cited as sources: shown as links the person may open themselves, never fetched by the app. */
const CITED_ORIGINS = (Object.values(SOURCES) as { url?: string }[]).flatMap((source) => (source.url ? [new URL(source.url).origin] : []))
const read = (file: string) => readFileSync(join(dist, file), 'utf8')

describe('production build', () => {
  it('has a service worker whose precache lists index.html and every route chunk', () => {
    expect(existsSync(join(dist, 'sw.js')), 'Run `npm run build` first').toBe(true)
    const sw = read('sw.js')
    expect(sw).toMatch(/"?url"?:"index\.html"/)
    // Today ships in the entry chunk; every other screen is its own chunk, and all are precached.
    for (const view of ['ProjectView', 'ContractView', 'MeetingsView', 'LettersView', 'RightsView', 'SettingsView', 'MoreView']) {
      expect(sw, `${view} must be precached to work offline`).toMatch(new RegExp(`assets/${view}-[\\w-]+\\.js`))
    }
    // Each file once: the manifest icons are not listed twice (toolchain.md).
    const urls = [...sw.matchAll(/"?url"?:"([^"]+)"/g)].map((m) => m[1])
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('has an installable web app manifest', () => {
    const manifest = JSON.parse(read('manifest.webmanifest'))
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', theme_color: '#1d4e89' })
    expect(manifest.name).toBeTruthy()
    expect(manifest.short_name).toBeTruthy()
    const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[]
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true)
    for (const icon of icons) expect(existsSync(join(dist, icon.src)), icon.src).toBe(true)
    // Once: the PWA plugin writes the link, and a second one is one more request before the first paint.
    expect(read('index.html').match(/rel="manifest"/g)).toHaveLength(1)
  })

  it('names no other origin in what it ships (no CDN, no fonts, no analytics)', () => {
    const shipped = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f)).map((f) => `assets/${f}`)
    const offenders: string[] = []
    for (const file of [...shipped, 'index.html', 'sw.js']) {
      const text = read(file)
      for (const match of text.matchAll(/https?:\/\/[a-z0-9.-]+/gi)) {
        if (!TEXT_ONLY_URLS.includes(match[0]) && !CITED_ORIGINS.includes(match[0])) offenders.push(`${file}: ${match[0]}`)
      }
      expect(text).not.toMatch(/@import\s+url\(|fonts\.googleapis|gstatic/)
    }
    expect(offenders).toEqual([])
  })

  it('keeps the first route within 90 KiB of gzip JS (issue 15)', () => {
    const sizes = firstRouteSizes(dist)
    const kib = sizes.js.gzip / 1024
    expect(kib, `First route JS is ${kib.toFixed(1)} KiB gzip (${sizes.files.join(', ')}): load new screens lazily`).toBeLessThanOrEqual(90)
  })
})
