import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// Read as raw JSON: an import would go through the i18n precompiler and yield functions, not text.
const localesDir = join(dirname(fileURLToPath(import.meta.url)), '../../locales')
const read = (lang: string) => JSON.parse(readFileSync(join(localesDir, `${lang}.json`), 'utf8'))
const en = read('en')
const fr = read('fr')
const nl = read('nl')

type Tree = { [key: string]: string | Tree }

/** Every leaf as `a.b.c`, with its value. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of leaves(value, path)) out.set(k, v)
  }
  return out
}

const locales = { en: leaves(en as Tree), fr: leaves(fr as Tree), nl: leaves(nl as Tree) }

describe('locales', () => {
  it.each(['fr', 'nl'] as const)('%s has exactly the keys of en', (lang) => {
    const missing = [...locales.en.keys()].filter((k) => !locales[lang].has(k))
    const extra = [...locales[lang].keys()].filter((k) => !locales.en.has(k))
    expect({ missing, extra }, `Add the missing keys to locales/${lang}.json and remove the extra ones`).toEqual({ missing: [], extra: [] })
  })

  it.each(['en', 'fr', 'nl'] as const)('%s has no empty value', (lang) => {
    const empty = [...locales[lang]].filter(([, v]) => v.trim() === '').map(([k]) => k)
    expect(empty, `Write these strings in locales/${lang}.json`).toEqual([])
  })

  it.each(['en', 'fr', 'nl'] as const)('%s uses snake_case keys, sorted', (lang) => {
    const badKeys = [...locales[lang].keys()].filter((k) => !k.split('.').every((part) => /^[a-z0-9_]+$/.test(part)))
    expect(badKeys).toEqual([])
    const raw = { en, fr, nl }[lang] as Tree
    const unsorted: string[] = []
    const check = (tree: Tree, path: string) => {
      const keys = Object.keys(tree)
      if (keys.join() !== [...keys].sort().join()) unsorted.push(path || '(top)')
      for (const [k, v] of Object.entries(tree)) if (typeof v !== 'string') check(v, path ? `${path}.${k}` : k)
    }
    check(raw, '')
    expect(unsorted, 'Run node scripts/locales-merge.mjs to sort the keys').toEqual([])
  })
})
