import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { LAZY_PARTS } from '../src/i18n/parts.ts'

export const PARTS_DIR = '.locale-parts'

/** Splits locales/<lang>.json into .locale-parts/<lang>.core.json and one file per lazy part. */
export function writeLocaleParts(root: string): void {
  const out = join(root, PARTS_DIR)
  mkdirSync(out, { recursive: true })
  for (const file of readdirSync(join(root, 'locales')).filter((f) => f.endsWith('.json'))) {
    const lang = file.replace(/\.json$/, '')
    const messages = JSON.parse(readFileSync(join(root, 'locales', file), 'utf8')) as Record<string, unknown>
    const lazyKeys = new Set<string>(Object.values(LAZY_PARTS).flat())
    const parts: Record<string, Record<string, unknown>> = { core: {} }
    for (const part of Object.keys(LAZY_PARTS)) parts[part] = {}
    for (const [key, value] of Object.entries(messages)) {
      const part = Object.entries(LAZY_PARTS).find(([, keys]) => (keys as readonly string[]).includes(key))?.[0]
      ;(parts[lazyKeys.has(key) && part ? part : 'core'] as Record<string, unknown>)[key] = value
    }
    for (const [part, content] of Object.entries(parts)) {
      // Written then renamed, so a build running at the same moment never reads half a file.
      const target = join(out, `${lang}.${part}.json`)
      const next = JSON.stringify(content)
      let current = ''
      try {
        current = readFileSync(target, 'utf8')
      } catch {
        current = ''
      }
      if (current === next) continue
      const temp = `${target}.${process.pid}.tmp`
      writeFileSync(temp, next)
      renameSync(temp, target)
    }
  }
}

/** Keeps the parts in step with locales/ (at start, and on every change in dev). */
export function localeParts(): Plugin {
  let root = process.cwd()
  return {
    name: 'isip:locale-parts',
    enforce: 'pre',
    configResolved(config) {
      root = config.root
      writeLocaleParts(root)
    },
    configureServer(server) {
      server.watcher.add(join(root, 'locales'))
      server.watcher.on('change', (file) => {
        if (file.startsWith(join(root, 'locales'))) writeLocaleParts(root)
      })
    },
  }
}
