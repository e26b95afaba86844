#!/usr/bin/env node
// Sentences longer than 20 words in the rights pages (issue 14, item 1): a reader who reads with difficulty loses
// the thread of a long sentence. `node scripts/long-sentences.mjs [fr|nl|en …] [--list]` prints the count per
// language (and with --list each sentence); tests/unit/i18n/sentences.test.ts keeps the French count at its floor.
//
// Counting: each plural form (`a | b`) on its own; a sentence ends at . ? ! or … followed by a space and a capital
// (or at the end), so « art. 53 » does not end one; the lists of sources are citations and are not counted; a word is anything between spaces that holds a letter,
// a digit or a placeholder ({date} counts as one word, though a date is read as three).
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { messagesOf } from './typography.mjs'

/** The keys whose messages the rights pages show: the sections, the rules behind the dates and their counts,
 *  the glossary and "must I have an ISIP?". */
export const RIGHTS_PREFIXES = ['rights.', 'why.', 'rules.', 'glossary.', 'isip_check.', 'isip_required.']
export const MAX_WORDS = 20
/** Lists of sources and article numbers are citations, not sentences: not counted. */
const CITATIONS = /(^|\.)(sources|source_articles|source_names)(\.|$)/

/** The sentences of one message, each plural form apart. */
export function sentencesOf(message) {
  return message
    .split(/\s\|\s/)
    .flatMap((form) => form.split(/(?<=[.?!…])\s+(?=[\p{Lu}«{])/u))
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/**
 * Words of a sentence: tokens between spaces (no-break ones too) holding a letter, a digit or a placeholder. The
 * narrow no-break space inside a number (1 288,46) does not part it: a number is one word.
 */
export function wordCount(sentence) {
  return sentence
    .replace(/(\d)\u202f(?=\d)/g, '$1')
    .split(/[\s\u00a0\u202f]+/)
    .filter((token) => /[\p{L}\p{N}{]/u.test(token)).length
}

/** Every sentence over `max` words in the messages under `prefixes`: [key, words, sentence]. */
export function longSentences(tree, { prefixes = RIGHTS_PREFIXES, max = MAX_WORDS } = {}) {
  return messagesOf(tree)
    .filter(([key]) => prefixes.some((p) => key.startsWith(p)) && !CITATIONS.test(key))
    .flatMap(([key, text]) => sentencesOf(text).map((s) => [key, wordCount(s), s]))
    .filter(([, words]) => words > max)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const list = args.includes('--list')
  const languages = args.filter((a) => !a.startsWith('--'))
  for (const language of languages.length > 0 ? languages : ['fr', 'nl', 'en']) {
    const tree = JSON.parse(
      readFileSync(
        join(dirname(fileURLToPath(import.meta.url)), '..', 'locales', `${language}.json`),
        'utf8',
      ),
    )
    const found = longSentences(tree)
    const keys = new Set(found.map(([key]) => key))
    console.log(`${language}: ${found.length} sentences over ${MAX_WORDS} words, in ${keys.size} messages`)
    if (list) for (const [key, words, s] of found) console.log(`  ${key} (${words}): ${s}`)
  }
}
