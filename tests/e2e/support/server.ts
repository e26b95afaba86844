import { createServer, type Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { SECURITY_HEADERS } from '../../../scripts/security-headers'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

/**
 * A static server for a production build, like `vite preview`, whose folder can be swapped while it runs:
 * the update test serves one build, then the next, on the same origin. Every response carries the app's security
 * headers (scripts/security-headers.ts), as `npm start` and the deploy file send them: the browser tests run under
 * the real policy, Trusted Types and all.
 */
export async function serveBuild(
  root: string,
  /** Extra pages by path, served as they are (the bench's static floor page, beside the app, on the same origin). */
  pages: Record<string, string> = {},
): Promise<{ url: string; setRoot: (dir: string) => void; close: () => Promise<void> }> {
  let current = root
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const page = pages[path]
    if (page !== undefined) {
      const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding']))
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) })
      response.end(gzip ? gzipSync(page) : page)
      return
    }
    let file = normalize(join(current, path))
    if (!file.startsWith(current)) {
      response.writeHead(403).end()
      return
    }
    const isFile = await stat(file).then((s) => s.isFile(), () => false)
    // Unknown paths get index.html, as a history-mode single-page app needs.
    if (!isFile) file = join(current, 'index.html')
    const raw = await readFile(file)
    // Text is sent gzipped when the browser accepts it, as any real host does (Lighthouse counts bytes on the wire).
    const gzip = /\.(js|css|html|json|webmanifest|svg)$/.test(file) && /\bgzip\b/.test(String(request.headers['accept-encoding']))
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': file.endsWith('sw.js') || file.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    })
    response.end(gzip ? gzipSync(raw) : raw)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://localhost:${port}`,
    setRoot: (dir) => {
      current = dir
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
