import type { Language } from '@/i18n/languages'

/**
 * Abbreviations a speech voice would spell out or misread, per language (issue 14, item 5): none may reach the
 * read-aloud voice. Used by tests/unit/i18n/spoken.test.ts and tests/component/RightsReadAloudWords.test.ts.
 */
const B = '(?<![\\p{L}\\p{N}])'
const E = '(?![\\p{L}\\p{N}])'
const word = (source: string) => new RegExp(`${B}${source}${E}`, 'u')
const dotted = (source: string) => new RegExp(`${B}${source}`, 'u')

const COMMON = [dotted('art[ts]?\\.'), /§/u, /\d°/u]

export const ABBREVIATIONS: Record<Language, readonly RegExp[]> = {
  fr: [
    ...COMMON,
    dotted('n°'),
    dotted('p\\.\\s?ex\\.'),
    dotted('c\\.-à-d\\.'),
    dotted('etc\\.'),
    dotted('cf\\.'),
    dotted('env\\.'),
    word('AR'),
    word('SPP IS'),
    word('KB'),
  ],
  nl: [
    ...COMMON,
    dotted('nr\\.'),
    dotted('O\\.-?L\\.-?[HV]\\.'),
    dotted('bijv\\.'),
    dotted('b\\.v\\.'),
    dotted('bv\\.'),
    dotted('d\\.w\\.z\\.'),
    dotted('m\\.a\\.w\\.'),
    dotted('e\\.a\\.'),
    dotted('o\\.a\\.'),
    dotted('t\\.e\\.m\\.'),
    dotted('t\\.o\\.v\\.'),
    dotted('i\\.v\\.m\\.'),
    dotted('enz\\.'),
    dotted('ca\\.'),
    word('KB'),
    word('POD MI'),
  ],
  en: [
    ...COMMON,
    dotted('[Nn]o\\.\\s*\\d'),
    dotted('e\\.g\\.'),
    dotted('i\\.e\\.'),
    dotted('etc\\.'),
    dotted('cf\\.'),
    dotted('vs\\.'),
    dotted('approx\\.'),
    word('PPS SI'),
  ],
}

/** The abbreviations of `language` found in `text`, as written there. */
export function abbreviationsIn(text: string, language: Language): string[] {
  return ABBREVIATIONS[language].flatMap((pattern) => {
    const found = text.match(pattern)
    return found ? [found[0]] : []
  })
}
