import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { spokenText } from '@/i18n/spoken'
import { messagesOf, NBSP, type Tree } from '../../../scripts/typography.mjs'
import type { Language } from '@/i18n/languages'
import { abbreviationsIn } from './abbreviations'

// Issue 14, item 5: the read-aloud voice says no abbreviation. The screen keeps a citation as written
// (« art. 53 »); spokenText says it in full. tests/component/RightsReadAloudWords.test.ts reads every page aloud.

const LANGUAGES: Language[] = ['fr', 'nl', 'en']
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const messages = (language: Language) =>
  messagesOf(JSON.parse(readFileSync(join(root, `locales/${language}.json`), 'utf8')) as Tree)

/**
 * The messages the read-aloud pages can show (a section and "why this date?" with its count and notes), holiday
 * and event names that go into them included; the sources and "where sources disagree" lines are not read but
 * are checked too, so a sentence moved out of them stays clean.
 */
const SPOKEN = /^(rights\.(sections|amounts)|why|rules|reminders|holidays)\./

describe('spokenText', () => {
  it.each([
    ['fr', `Code judiciaire, art. 53`, 'Code judiciaire, article 53'],
    ['fr', `loi du 26 mai 2002, art. 23 §${NBSP}5`, 'loi du 26 mai 2002, article 23 paragraphe 5'],
    ['fr', `art. 20 et 30 §${NBSP}2`, 'articles 20 et 30 paragraphe 2'],
    ['fr', 'art. 10 à 21', 'articles 10 à 21'],
    ['fr', 'art. 2 (art. 3, 3°, de la loi)', 'article 2 (article 3, point 3, de la loi)'],
    [
      'fr',
      'p. ex. un AR, c.-à-d. une règle, etc.',
      'par exemple un arrêté royal, c’est-à-dire une règle, et cetera',
    ],
    ['fr', 'le guide du SPP IS', 'le guide du SPP Intégration sociale'],
    ['fr', 'Le 1er novembre : la Toussaint', 'Le 1er novembre : la Toussaint'],
    [
      'nl',
      'O.-L.-H.-Hemelvaart en O.-L.-V.-Hemelvaart',
      'Onze-Lieve-Heer-Hemelvaart en Onze-Lieve-Vrouw-Hemelvaart',
    ],
    [
      'nl',
      `art. 18 §${NBSP}4 van het KB, bijv. nu`,
      'artikel 18 paragraaf 4 van het koninklijk besluit, bijvoorbeeld nu',
    ],
    ['nl', 'artt. 52 en 53, o.a. dit, enz.', 'artikelen 52 en 53, onder andere dit, enzovoort'],
    [
      'en',
      'e.g. the Judicial Code, art. 53, i.e. this',
      'for example the Judicial Code, article 53, that is this',
    ],
    ['en', 'the PPS SI guide, no. 4', 'the PPS Social Integration guide, number 4'],
    ['en', '€1,314.20 a month', '€1,314.20 a month'],
  ] as const)('%s: %j is said %j', (language, text, said) => {
    expect(spokenText(text, language)).toBe(said)
  })

  it('leaves words that only look like abbreviations alone', () => {
    expect(spokenText('Une partie de la carte, art et artisanat.', 'fr')).toBe(
      'Une partie de la carte, art et artisanat.',
    )
    expect(spokenText('PARTNER, KBC en de arts.', 'nl')).toBe('PARTNER, KBC en de arts.')
    expect(spokenText('Do not go. No, really.', 'en')).toBe('Do not go. No, really.')
  })
})

describe.each(LANGUAGES)('what the voice can say in %s', (language) => {
  const spoken = messages(language).filter(([key]) => SPOKEN.test(key))

  it('covers the pages read aloud', () => {
    expect(spoken.length).toBeGreaterThan(200)
    // The test would find them: the messages as written do hold abbreviations.
    expect(spoken.some(([, text]) => abbreviationsIn(text, language).length > 0)).toBe(true)
  })

  it('holds no abbreviation once said as the voice says it', () => {
    const found = spoken.flatMap(([key, text]) =>
      text
        .split(' | ')
        .flatMap((form) => abbreviationsIn(spokenText(form, language), language).map((a) => `${key}: ${a}`)),
    )
    expect(found).toEqual([])
  })
})
