import { createI18n, type MissingHandler } from 'vue-i18n'
import type en from '../../locales/en.json'
import { rememberLanguage, initialLanguage, type Language } from './languages'
import type { LazyPart } from './parts'
import { frenchPlural } from './plural'

type MessageSchema = typeof en
type Messages = Record<string, unknown>

// Dates and amounts are written by src/i18n/formats.ts (Belgian French and Dutch, British English), not by vue-i18n's
// d() and n() with their formats: none is declared here, so a stray d() fails loudly in development and tests.

/**
 * In development and in tests a missing key fails loudly: a key that does not exist, or whose message part the
 * screen did not load (`meta.messageParts`, src/i18n/parts.ts), would otherwise show as raw text. A production
 * build keeps vue-i18n's silent fallback (the key), so a person never sees an error for one missing string.
 * `te()` never calls this handler: testing whether a key exists stays silent.
 */
const failOnMissing: MissingHandler = (locale, key, _instance, type) => {
  const what = type === 'datetime format' || type === 'number format' ? type : 'message'
  const error = new Error(`Missing ${what} "${key}" in ${locale}: add it to locales/, or load its part (src/i18n/parts.ts) with what shows it`)
  console.error(error.message)
  throw error
}

export const i18n = createI18n<[MessageSchema], Language, false>({
  legacy: false,
  locale: initialLanguage(),
  fallbackLocale: false,
  messages: { en: {}, fr: {}, nl: {} } as unknown as Record<Language, MessageSchema>,
  missing: import.meta.env.DEV ? failOnMissing : undefined,
  missingWarn: false,
  fallbackWarn: false,
  // A counted message is called with its count (`t(key, values, count)`); French gives 0 the singular (plural.ts).
  pluralRules: { fr: frenchPlural },
})

// Each language part is its own chunk (precompiled by @intlify/unplugin-vue-i18n): only what is shown is loaded.
const partFiles = import.meta.glob<{ default: Messages }>('../../.locale-parts/*.json')
const loaded = new Set<string>()
const loading = new Map<string, Promise<void>>()
const wantedParts = new Set<LazyPart>()
/** The language being switched to, while its words load: a part asked for meanwhile is loaded in it too. */
let switchingTo: Language | undefined

function loadPartFile(language: Language, part: 'core' | LazyPart): Promise<void> {
  const id = `${language}.${part}`
  if (loaded.has(id)) return Promise.resolve()
  // One load per part: two screens asking at once share it.
  let load = loading.get(id)
  if (!load) {
    load = fetchPart(language, id).finally(() => loading.delete(id))
    loading.set(id, load)
  }
  return load
}

async function fetchPart(language: Language, id: string): Promise<void> {
  const load = partFiles[`../../.locale-parts/${id}.json`]
  if (!load) throw new Error(`No messages for ${id}`)
  const messages = (await load()).default
  // The language's first part is set, not merged: merging deep-copies every message, a long task on a slow phone
  // for the core part at the app's start (issue 15).
  const first = ![...loaded].some((done) => done.startsWith(`${language}.`))
  if (first) i18n.global.setLocaleMessage(language, messages as never)
  else i18n.global.mergeLocaleMessage(language, messages as never)
  loaded.add(id)
}

/** Loads a screen's lazy messages (e.g. the rights explained) in the current language, and in any later one. */
export async function loadMessagePart(part: LazyPart): Promise<void> {
  wantedParts.add(part)
  const languages = new Set([i18n.global.locale.value, switchingTo ?? i18n.global.locale.value])
  await Promise.all([...languages].map((language) => loadPartFile(language, part)))
}

/** Switches the language everywhere: messages, `<html lang>`, and the remembered choice. */
export async function setLanguage(language: Language): Promise<void> {
  // Remembered at once: a reload while the words are still loading opens in the language chosen.
  rememberLanguage(language)
  switchingTo = language
  // A screen may ask for a part while these load (the header's switch works before the first route has resolved):
  // every part wanted by the end is loaded, so the new language never shows a key instead of its words.
  const missing = () => (['core', ...wantedParts] as const).filter((part) => !loaded.has(`${language}.${part}`))
  try {
    while (missing().length > 0) await Promise.all(missing().map((part) => loadPartFile(language, part)))
  } catch (error) {
    if (switchingTo === language) switchingTo = undefined
    throw error
  }
  // Two quick choices: the last one wins, whichever language's words came first.
  if (switchingTo !== language) return
  switchingTo = undefined
  i18n.global.locale.value = language
  document.documentElement.lang = language
}
