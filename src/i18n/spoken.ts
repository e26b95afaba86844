import type { Language } from './language-names'

/**
 * What the read-aloud voice says for a text shown on screen (issue 14, item 5). A speech voice spells out an
 * abbreviation letter by letter, or reads « art. » as "art": the screen keeps the citation as written
 * (« art. 53 », « § 2 », « O.-L.-H.-Hemelvaart »), the voice says it in full, as a person reading it aloud would.
 * Pure: the same text and language always give the same words.
 */

type Rule = readonly [RegExp, string | ((match: string, ...groups: string[]) => string)]

/** Letters of the language, so a pattern never matches inside a word. */
const B = '(?<![\\p{L}\\p{N}])'
const E = '(?![\\p{L}\\p{N}])'
const rx = (source: string) => new RegExp(source, 'gu')

/** « art. 10 à 21 », « art. 52 et 53 »: one article or several, by what follows the first number. */
function articles(singular: string, plural: string, joins: string): Rule {
  return [
    rx(`${B}art(?:t|s)?\\.\\s*(?=(\\d+\\w*)(\\s*(?:,|${joins})\\s*\\d+(?![\\d°]))?)`),
    (_match, _number: string, more: string | undefined) => `${more ? plural : singular} `,
  ]
}

/** § (and §§) with its number, and the Belgian « 3° » (point 3 of a list in an article). */
function paragraphs(one: string, several: string, point: string): Rule[] {
  return [
    [/§§[\s\u00a0]*/gu, `${several} `],
    [/§[\s\u00a0]*/gu, `${one} `],
    [rx(`${B}(\\d+)°`), `${point} $1`],
  ]
}

const RULES: Record<Language, readonly Rule[]> = {
  fr: [
    articles('article', 'articles', 'et|à'),
    ...paragraphs('paragraphe', 'paragraphes', 'point'),
    [rx(`${B}n°\\s*`), 'numéro '],
    [rx(`${B}p\\.\\s?ex\\.`), 'par exemple'],
    [rx(`${B}c\\.-à-d\\.`), 'c’est-à-dire'],
    [rx(`${B}etc\\.`), 'et cetera'],
    [rx(`${B}cf\\.`), 'voir'],
    [rx(`${B}AR${E}`), 'arrêté royal'],
    [rx(`${B}SPP IS${E}`), 'SPP Intégration sociale'],
    [rx(`${B}env\\.`), 'environ'],
  ],
  nl: [
    articles('artikel', 'artikelen', 'en|tot'),
    ...paragraphs('paragraaf', 'paragrafen', 'punt'),
    [rx(`${B}nr\\.\\s*`), 'nummer '],
    [rx(`${B}O\\.-?L\\.-?H\\.-?Hemelvaart`), 'Onze-Lieve-Heer-Hemelvaart'],
    [rx(`${B}O\\.-?L\\.-?V\\.-?Hemelvaart`), 'Onze-Lieve-Vrouw-Hemelvaart'],
    [rx(`${B}bijv\\.`), 'bijvoorbeeld'],
    [rx(`${B}b\\.v\\.`), 'bijvoorbeeld'],
    [rx(`${B}bv\\.`), 'bijvoorbeeld'],
    [rx(`${B}d\\.w\\.z\\.`), 'dat wil zeggen'],
    [rx(`${B}m\\.a\\.w\\.`), 'met andere woorden'],
    [rx(`${B}e\\.a\\.`), 'en andere'],
    [rx(`${B}o\\.a\\.`), 'onder andere'],
    [rx(`${B}t\\.e\\.m\\.`), 'tot en met'],
    [rx(`${B}t\\.o\\.v\\.`), 'ten opzichte van'],
    [rx(`${B}i\\.v\\.m\\.`), 'in verband met'],
    [rx(`${B}enz\\.`), 'enzovoort'],
    [rx(`${B}ca\\.`), 'ongeveer'],
    [rx(`${B}KB${E}`), 'koninklijk besluit'],
    [rx(`${B}POD MI${E}`), 'POD Maatschappelijke Integratie'],
  ],
  en: [
    articles('article', 'articles', 'and|to'),
    ...paragraphs('paragraph', 'paragraphs', 'point'),
    [rx(`${B}[Nn]o\\.\\s*(?=\\d)`), 'number '],
    [rx(`${B}e\\.g\\.,?`), 'for example'],
    [rx(`${B}i\\.e\\.,?`), 'that is'],
    [rx(`${B}etc\\.`), 'et cetera'],
    [rx(`${B}cf\\.`), 'see'],
    [rx(`${B}vs\\.`), 'versus'],
    [rx(`${B}approx\\.`), 'approximately'],
    [rx(`${B}PPS SI${E}`), 'PPS Social Integration'],
  ],
}

/** The text as the voice should say it, in the given language: abbreviations written out, spaces tidied. */
export function spokenText(text: string, language: Language): string {
  let out = text
  for (const [pattern, replacement] of RULES[language]) {
    out =
      typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement)
  }
  return out.replace(/[ \u00a0\u202f]{2,}/g, ' ').trim()
}
