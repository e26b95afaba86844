// The files the first route (Today) needs: the entry, its static imports, and the Today chunk with its imports.
// Today's screen proper (TodayView: its stores, Dexie) is a dynamic import of TodayFirstView, after the first render.
// Read from Vite's build manifest, so the size budget and the bench measure exactly what a phone downloads.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export function firstRouteFiles(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
  const files = new Set()
  const visit = (key) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const dep of chunk.imports ?? []) visit(dep)
  }
  visit('index.html')
  visit('src/views/TodayFirstView.vue')
  // The messages of one language load before the first paint: count the heaviest of the three.
  const cores = Object.keys(manifest).filter((key) => /\.locale-parts\/\w+\.core\.json$/.test(key))
  const gz = (key) => gzipSync(readFileSync(join(dist, manifest[key].file))).length
  const heaviest = cores.sort((a, b) => gz(b) - gz(a))[0]
  if (heaviest) visit(heaviest)
  return [...files]
}

/** Raw and gzip bytes of the first route's JS and CSS. */
export function firstRouteSizes(dist = 'dist') {
  const sizes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, files: [] }
  for (const file of firstRouteFiles(dist)) {
    const body = readFileSync(join(dist, file))
    const kind = file.endsWith('.css') ? 'css' : 'js'
    sizes[kind].raw += body.length
    sizes[kind].gzip += gzipSync(body).length
    sizes.files.push(file)
  }
  return sizes
}
