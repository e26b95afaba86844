import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { preview, type PreviewServer } from 'vite'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../scripts/security-headers'
import { DIST } from './support/dist'
import { serveBuild } from './support/server'

/**
 * Issue 11, item 7: `npm start`'s server (vite preview), the deploy file `_headers` and the browser tests' server
 * all send the same headers, and index.html carries the same policy (less what only a header can say).
 */

/** The `_headers` file as static hosts read it: a path line, then `  Name: value` lines. */
function parseHeadersFile(text: string): { paths: string[]; headers: Record<string, string> } {
  const paths: string[] = []
  const headers: Record<string, string> = {}
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue
    if (!line.startsWith(' ')) paths.push(line)
    else {
      const colon = line.indexOf(':')
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
    }
  }
  return { paths, headers }
}

const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))

/** The headers of a response that matter here, by lower-case name. */
async function securityHeadersOf(url: string): Promise<Record<string, string | null>> {
  const response = await fetch(url)
  await response.arrayBuffer()
  return Object.fromEntries(Object.keys(lower(SECURITY_HEADERS)).map((name) => [name, response.headers.get(name)]))
}

const EXPECTED = lower(SECURITY_HEADERS)
// The page, a deep link (history-mode fallback), the worker, a script chunk, an image and the deploy file itself.
const chunk = readdirAssets().find((file) => file.endsWith('.js'))
if (!chunk) throw new Error('No script in the build: run `npm run build` first')
const PATHS = ['/', '/settings', '/sw.js', `/assets/${chunk}`, '/favicon.svg', '/manifest.webmanifest']

function readdirAssets(): string[] {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>
  return Object.values(manifest).map((entry) => entry.file.replace(/^assets\//, ''))
}

describe('the policy itself', () => {
  it('lets the page reach its own origin only: every source is a keyword, data: or blob:', () => {
    for (const directive of CONTENT_SECURITY_POLICY.split('; ')) {
      const [name, ...sources] = directive.split(' ')
      if (name === 'trusted-types') continue
      for (const source of sources) expect(source, directive).toMatch(/^('self'|'none'|'unsafe-inline'|'script'|data:|blob:)$/)
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|'unsafe-inline'[^;]*script|script-src/)
  })

  it('is the header’s in index.html, without what a <meta> policy may not say', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8')
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1])
    expect(metas).toEqual([META_CONTENT_SECURITY_POLICY])
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
    expect(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", '')).toBe(META_CONTENT_SECURITY_POLICY)
    // Before any script or style: a policy only governs what comes after it.
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(Math.min(html.indexOf('<script'), html.indexOf('<style'), html.indexOf('<link')))
  })
})

describe('the deploy file for static hosts', () => {
  it('is in the build and sends every header on every path', () => {
    const { paths, headers } = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'))
    expect(paths).toEqual(['/*'])
    expect(headers).toEqual(SECURITY_HEADERS)
  })
})

describe('`npm start`’s server (vite preview)', () => {
  let server: PreviewServer
  beforeAll(async () => {
    server = await preview({ logLevel: 'silent', build: { outDir: DIST }, preview: { port: 0, host: '127.0.0.1' } })
  })
  afterAll(async () => {
    await server?.close()
  })

  it.each(PATHS)('sends the headers with %s', async (path) => {
    const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
    expect(await securityHeadersOf(`${base}${path}`)).toEqual(EXPECTED)
  })
})

describe('the browser tests’ server', () => {
  let server: Awaited<ReturnType<typeof serveBuild>>
  beforeAll(async () => {
    server = await serveBuild(DIST)
  })
  afterAll(async () => {
    await server?.close()
  })

  it.each(PATHS)('sends the same headers with %s', async (path) => {
    expect(await securityHeadersOf(`${server.url}${path}`)).toEqual(EXPECTED)
  })
})
