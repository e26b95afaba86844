#!/usr/bin/env node
// Deep-merges a fragment into locales/<lang>.json and rewrites it with sorted keys.
// Usage: node scripts/locales-merge.mjs fr path/to/fragment.json
// Several people add strings at once: read, merge and write happen in one quick step.
import { readFileSync, writeFileSync } from 'node:fs'

const [lang, fragmentPath] = process.argv.slice(2)
if (!['fr', 'nl', 'en'].includes(lang ?? '') || !fragmentPath) {
  console.error('usage: node scripts/locales-merge.mjs <fr|nl|en> <fragment.json>')
  process.exit(2)
}
const target = new URL(`../locales/${lang}.json`, import.meta.url)
const merge = (a, b) => {
  for (const [k, v] of Object.entries(b)) {
    a[k] = v && typeof v === 'object' && !Array.isArray(v) && a[k] && typeof a[k] === 'object' ? merge(a[k], v) : v
  }
  return a
}
const sortKeys = (o) =>
  o && typeof o === 'object' && !Array.isArray(o)
    ? Object.fromEntries(Object.keys(o).sort().map((k) => [k, sortKeys(o[k])]))
    : o
let current = {}
try {
  current = JSON.parse(readFileSync(target, 'utf8'))
} catch {
  current = {}
}
const fragment = JSON.parse(readFileSync(fragmentPath, 'utf8'))
writeFileSync(target, JSON.stringify(sortKeys(merge(current, fragment)), null, 2) + '\n')
