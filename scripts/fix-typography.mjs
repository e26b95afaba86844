#!/usr/bin/env node
// Rewrites locales/{fr,nl,en}.json by the typography rules of scripts/typography.mjs and says how many messages
// changed. Run it after writing strings: `npm run fix:typography`.
import { readFileSync, writeFileSync } from 'node:fs'
import { fixTree, messagesOf } from './typography.mjs'

for (const language of ['fr', 'nl', 'en']) {
  const file = new URL(`../locales/${language}.json`, import.meta.url)
  const tree = JSON.parse(readFileSync(file, 'utf8'))
  const fixed = fixTree(tree, language)
  const before = new Map(messagesOf(tree))
  const changed = messagesOf(fixed).filter(([key, text]) => before.get(key) !== text).length
  writeFileSync(file, JSON.stringify(fixed, null, 2) + '\n')
  console.log(`${language}: ${changed} messages rewritten`)
}
