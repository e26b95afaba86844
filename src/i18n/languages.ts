import { deskActive } from '@/desk/flag'
import { LANGUAGES, type Language } from './language-names'

export { LANGUAGES, OWN_NAMES, type Language } from './language-names'

const STORAGE_KEY = 'isip-own.language'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** The browser's first language among French and Dutch, else English (issue 2). */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'fr' || base === 'nl') return base
    if (base === 'en') return 'en'
  }
  return 'en'
}

/**
 * The remembered choice lives in localStorage, not IndexedDB: the first paint needs it synchronously,
 * and a language is not private.
 */
export function rememberedLanguage(): Language | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    return isLanguage(stored) ? stored : undefined
  } catch {
    return undefined
  }
}

export function rememberLanguage(language: Language): void {
  // A desk session leaves the device's language as it found it (issue 11, item 5).
  if (deskActive()) return
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this visit only.
  }
}

export function initialLanguage(): Language {
  return rememberedLanguage() ?? languageFromBrowser(navigator.languages ?? [navigator.language])
}
