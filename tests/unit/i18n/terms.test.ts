import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { messagesOf, type Language, type Tree } from '../../../scripts/typography.mjs'

// Issue 14, item 1: one word for one thing in each language. locales/terms/<lang>.json names, for each thing, the
// word the app uses and the words it must not use for it; this test fails when a message brings back a word to avoid.

interface Term {
  /** What the word means, in English, so the three lists can be read side by side. */
  thing: string
  /** The word the app uses for it (it must appear in at least one message). */
  use: string
  /** Words or phrases that must appear in no message (whole words, any case). */
  avoid: string[]
  /** Keys where an avoided word is right because it means something else there; each with why. */
  except?: Record<string, string>
  note?: string
}

// French, Dutch and English each have their list (issue 14).
const LANGUAGES: Language[] = ['fr', 'nl', 'en']
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'))
const termsOf = (language: Language) => (read(`locales/terms/${language}.json`) as { terms: Term[] }).terms
const messagesIn = (language: Language) => messagesOf(read(`locales/${language}.json`) as Tree)

/** A whole-word, case-insensitive match that treats letters with accents as letters. */
function wordPattern(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu')
}

describe('the word pattern', () => {
  it('matches whole words only, in any case, with either apostrophe', () => {
    expect(wordPattern('data').test('de data van')).toBe(true)
    expect(wordPattern('data').test('Data')).toBe(true)
    expect(wordPattern('data').test('databank')).toBe(false)
    expect(wordPattern('tot en met').test('tot en met vrijdag')).toBe(true)
    expect(wordPattern('audition').test('auditionner')).toBe(false)
    expect(wordPattern("aujourd'hui").test('Aujourd’hui')).toBe(true)
    expect(wordPattern('été').test('a été reçu')).toBe(true)
    expect(wordPattern('été').test('clôturé')).toBe(false)
  })
})

describe.each(LANGUAGES)('the term list of %s', (language) => {
  const terms = termsOf(language)
  const messages = messagesIn(language)

  it('names at least ten things, each once', () => {
    expect(terms.length).toBeGreaterThanOrEqual(10)
    const things = terms.map((t) => t.thing)
    expect(new Set(things).size).toBe(things.length)
  })

  it.each(terms.map((t) => [t.thing, t] as const))('%s: the word used appears and no word to avoid does', (_, term) => {
    expect(messages.some(([, text]) => wordPattern(term.use).test(text))).toBe(true)
    for (const key of Object.keys(term.except ?? {})) expect(messages.some(([k]) => k === key)).toBe(true)
    const breaches = term.avoid.flatMap((word) =>
      messages
        .filter(([key, text]) => !(key in (term.except ?? {})) && wordPattern(word).test(text))
        .map(([key]) => `${key}: «${word}»`),
    )
    expect(breaches).toEqual([])
  })
})
