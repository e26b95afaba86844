#!/usr/bin/env node
// Counts the sentences of more than N words in the messages of one language (issue 14, item 1: "sentences of at
// most 20 words in the rights pages"). Works for any locale file: `node scripts/long-sentences.mjs <lang>
// [--max 20] [--prefix rights.,why.,rules.] [--no-sources] [--list]`. By default it reads the rights pages (keys under rights.,
// why. and rules.; the "where sources disagree" notes are rights.sections.*.disagree.*). With --list it prints each
// long sentence with its key and length, longest first. --no-sources leaves out the source lists (`*.sources`),
// which are lists of references, not sentences a person reads as prose.
import { readFileSync } from 'node:fs'
import { messagesOf } from './typography.mjs'

/** Abbreviations after which a full stop does not end a sentence (fr, nl, en). */
const ABBREVIATIONS = /(?:^|[\s(])(?:art|arts|al|nr|n°|bv|bijv|blz|resp|o\.a|e\.g|i\.e|etc|p|pp|cf|ca|vs|st|mr|mrs|dr|prof|m|mme|ar|kb|rd|cass)\.$/iu

/** The sentences of one message, split after . ? ! unless an abbreviation or a number; of a message with plural
 *  forms (`a | b`), those of its longest form only, since the reader sees one form. */
export function sentencesOf(message) {
  const forms = message.split(/\s\|\s/)
  const longest = forms.reduce((a, b) => (wordsOf(b) > wordsOf(a) ? b : a))
  return [longest].flatMap((form) => {
    const sentences = []
    let start = 0
    const end = /[.?!…]+["”’»)]*(?=\s+|$)/gu
    for (let match; (match = end.exec(form)); ) {
      const head = form.slice(start, match.index + match[0].length)
      const next = form.slice(match.index + match[0].length).trimStart()
      // "art. 53", "O.-L.-H.", "1.02": not the end of a sentence; nor a stop followed by a lower-case word.
      if (ABBREVIATIONS.test(head) || /(?:^|[\s.-])\p{L}\.$/u.test(head) || /^\p{Ll}/u.test(next)) continue
      sentences.push(head.trim())
      start = match.index + match[0].length
    }
    if (form.slice(start).trim()) sentences.push(form.slice(start).trim())
    return sentences
  })
}

/** Words of a sentence: runs holding a letter, a digit or a placeholder ("1 288,46" counts as two, "{date}" one). */
export function wordsOf(sentence) {
  return sentence.split(/[\s\u00a0\u202f]+/).filter((token) => /[\p{L}\p{N}{]/u.test(token)).length
}

function main(argv) {
  const language = argv[0]
  if (!language || language.startsWith('-')) {
    console.error('usage: node scripts/long-sentences.mjs <lang> [--max 20] [--prefix rights.,why.,rules.] [--no-sources] [--list]')
    process.exit(2)
  }
  const option = (name, fallback) => {
    const i = argv.indexOf(name)
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback
  }
  const max = Number(option('--max', '20'))
  const prefixes = option('--prefix', 'rights.,why.,rules.').split(',').filter(Boolean)
  const file = new URL(`../locales/${language}.json`, import.meta.url)
  const messages = messagesOf(JSON.parse(readFileSync(file, 'utf8'))).filter(
    ([key]) =>
      prefixes.some((prefix) => key.startsWith(prefix)) && !(argv.includes('--no-sources') && key.endsWith('.sources')),
  )
  const long = messages
    .flatMap(([key, text]) => sentencesOf(text).map((sentence) => ({ key, sentence, words: wordsOf(sentence) })))
    .filter((s) => s.words > max)
    .sort((a, b) => b.words - a.words)
  if (argv.includes('--list')) for (const s of long) console.log(`${s.words}\t${s.key}\t${s.sentence}`)
  const keys = new Set(long.map((s) => s.key)).size
  console.log(
    `${language}: ${long.length} sentences over ${max} words in ${keys} keys (of ${messages.length} keys under ${prefixes.join(' ')})`,
  )
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2))
