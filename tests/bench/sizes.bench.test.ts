import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { firstRouteSizes } from '../../scripts/first-route.mjs'
import { DIST } from '../e2e/support/dist'
import { kib, report } from './report'

it('sizes of the production build', () => {
  const sizes = firstRouteSizes(DIST)
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8')
  const precached = [...sw.matchAll(/"?url"?:"([^"]+)"/g)].map((m) => m[1] ?? '')
  const precacheBytes = precached.reduce((sum, url) => sum + statSync(join(DIST, url)).size, 0)
  console.log('\nSizes (production build)')
  report('first route JS (raw / gzip)', `${kib(sizes.js.raw)} / ${kib(sizes.js.gzip)}  (budget 90 KiB gzip)`)
  report('first route CSS (raw / gzip)', `${kib(sizes.css.raw)} / ${kib(sizes.css.gzip)}`)
  report('precache', `${precached.length} files, ${kib(precacheBytes)}`)
  expect(precached).toContain('index.html')
})
