import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { minifySync, type Plugin } from 'vite'

/**
 * Issue 15: the app starts only after the first paint. Vite writes the entry `<script type="module">`, its
 * `<link rel="modulepreload">`s and the stylesheet into index.html's <head>; fetched there, they finish before the
 * prerendered screen paints and Lighthouse counts them on the way to it (its simulated LCP takes every request that
 * ended before the paint). After Vite (order 'post'), this:
 * - takes the entry and its preloads out and hands them to public/first-paint.js as `data-entry` / `data-preload`
 *   on its own tag, with each language's core messages (`data-messages`: the app waits for them before its first
 *   render); that script starts them after a paint (at once on another address, or in a hidden tab);
 * - inlines the entry's stylesheet (the CSP allows inline styles, never inline script), so the first paint waits
 *   for no file but first-paint.js.
 * - writes first-paint.js minified into the build: it blocks the first paint, so each byte counts (the source in
 *   public/ keeps its comments).
 * Build only: the dev server keeps Vite's own tags, and first-paint.js without `data-entry` starts nothing.
 */

const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/
const PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g
const STYLESHEET = /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g
const FIRST_PAINT_TAG = '<script src="/first-paint.js"></script>'

/** index.html as Vite wrote it, with the start moved to first-paint.js and the entry's CSS inline. */
export function startAfterPaint(html: string, cssSource: (file: string) => string, messages: Record<string, string> = {}, entryImports: string[] = []): string {
  const entry = ENTRY.exec(html)?.[1]
  if (!entry) throw new Error('start after paint: index.html has no entry module script')
  if (!html.includes(FIRST_PAINT_TAG)) throw new Error('start after paint: index.html has no <script src="/first-paint.js">')
  const preloads = [...new Set([...[...html.matchAll(PRELOAD)].map((match) => match[1] ?? ''), ...entryImports])]
  const cores = Object.entries(messages).map(([language, file]) => `${language}:${file}`)
  const attributes = `data-entry="${entry}" data-preload="${preloads.join(' ')}" data-messages="${cores.join(' ')}"`
  return html
    .replace(ENTRY, '')
    .replace(PRELOAD, '')
    // The disabled <link> is never fetched (HTML: a disabled stylesheet is not loaded): Vite's preload helper finds it
    // there, and so does not add the whole stylesheet to the page again at each lazy import (a style recalculation
    // of every element each time).
    .replace(STYLESHEET, (_tag, file: string) => `<style>${cssSource(file).replace(/<\/style/gi, '<\\/style')}</style><link rel="stylesheet" href="/${file}" disabled>`)
    .replace(FIRST_PAINT_TAG, `<script src="/first-paint.js" ${attributes}></script>`)
}

export function startAfterPaintPlugin(): Plugin {
  let publicDir = 'public'
  return {
    name: 'isip:start-after-paint',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir
    },
    generateBundle() {
      const source = readFileSync(join(publicDir, 'first-paint.js'), 'utf8')
      const { code, errors } = minifySync('first-paint.js', source)
      if (errors.length) throw new Error(`start after paint: first-paint.js does not minify: ${errors.map((e) => e.message).join('; ')}`)
      this.emitFile({ type: 'asset', fileName: 'first-paint.js', source: code })
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html
        const messages: Record<string, string> = {}
        for (const chunk of Object.values(bundle)) {
          const language = chunk.type === 'chunk' ? /\.locale-parts\/(\w+)\.core\.json$/.exec(chunk.facadeModuleId ?? '')?.[1] : undefined
          if (language) messages[language] = `/${chunk.fileName}`
        }
        const css = (file: string) => {
          const asset = bundle[file]
          if (asset?.type !== 'asset') throw new Error(`start after paint: no stylesheet ${file} in the bundle`)
          return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source)
        }
        // The entry's static imports, every level: with `build.modulePreload` off (vite.config.ts), Vite lists none.
        const imports = new Set<string>()
        const visit = (fileName: string) => {
          const chunk = bundle[fileName]
          if (chunk?.type !== 'chunk') return
          for (const file of chunk.imports) {
            if (imports.has(file)) continue
            imports.add(file)
            visit(file)
          }
        }
        const entry = ENTRY.exec(html)?.[1]
        if (entry) visit(entry.slice(1))
        return startAfterPaint(html, css, messages, [...imports].map((file) => `/${file}`))
      },
    },
  }
}

