/**
 * The words of a letter in the language it is written in, whatever language the app is in: each language is its
 * own small chunk, loaded only when a letter in it is made (and precached, so offline too).
 */
import type { LetterText } from './text/types'
import type { LetterLanguage } from './types'

const MODULES: Record<LetterLanguage, () => Promise<LetterText>> = {
  fr: () => import('./text/fr').then((m) => m.fr),
  nl: () => import('./text/nl').then((m) => m.nl),
  de: () => import('./text/de').then((m) => m.de),
  en: () => import('./text/en').then((m) => m.en),
}

export function loadLetterText(language: LetterLanguage): Promise<LetterText> {
  return MODULES[language]()
}
