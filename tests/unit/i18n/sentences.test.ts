import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { longSentences, MAX_WORDS, sentencesOf, wordCount } from '../../../scripts/long-sentences.mjs'
import type { Language, Tree } from '../../../scripts/typography.mjs'

// Issue 14, item 1: sentences of at most 20 words in the rights pages (the sections, the rules behind the dates,
// the glossary, "must I have an ISIP?"), so a person who reads with difficulty keeps the thread.
// `node scripts/long-sentences.mjs --list` prints the count and the sentences for every language.

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const tree = (language: Language) =>
  JSON.parse(readFileSync(join(root, `locales/${language}.json`), 'utf8')) as Tree

describe('the sentence count', () => {
  it('cuts at the end of a sentence, not after an abbreviation, and counts each plural form apart', () => {
    expect(sentencesOf('Le recours est gratuit. Code judiciaire, art. 53. Un jour | Deux jours')).toEqual([
      'Le recours est gratuit.',
      'Code judiciaire, art. 53.',
      'Un jour',
      'Deux jours',
    ])
    expect(sentencesOf('Pourquoi\u202f? Parce que.')).toEqual(['Pourquoi\u202f?', 'Parce que.'])
  })

  it('counts words, not marks, and a number with its narrow spaces as one word', () => {
    expect(wordCount('Depuis le {date}\u00a0: environ 3\u00a0mois\u202f!')).toBe(6)
    expect(wordCount('1\u202f288,46 et 1\u202f288,96\u00a0euros')).toBe(4)
    expect(wordCount('« environ » — oui')).toBe(2)
  })

  it('finds a long sentence in the rights pages, and only there', () => {
    const long = Array.from({ length: MAX_WORDS + 1 }, (_, i) => `mot${i}`).join(' ') + '.'
    const found = longSentences({ rights: { a: long, sources: long }, today: { b: long } } as Tree)
    expect(found.map(([key, words]) => [key, words])).toEqual([['rights.a', MAX_WORDS + 1]])
  })
})

// Every language's rights pages are checked.
describe.each(['fr', 'nl', 'en'] as const)('the rights pages in %s', (language) => {
  it(`have no sentence over ${MAX_WORDS} words`, () => {
    expect(
      longSentences(tree(language)).map(([key, words, sentence]) => `${key} (${words}): ${sentence}`),
    ).toEqual([])
  })
})
