import { createI18n } from 'vue-i18n'
import en from '../../locales/en.json'
import fr from '../../locales/fr.json'
import nl from '../../locales/nl.json'
import { initialLanguage, rememberLanguage, type Language } from './languages'

type MessageSchema = typeof en

const longDate = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const
const shortDate = { day: 'numeric', month: 'long', year: 'numeric' } as const
const datetimeFormats = {
  fr: { long: longDate, short: shortDate },
  nl: { long: longDate, short: shortDate },
  en: { long: longDate, short: shortDate },
}
const euro = { currency: { style: 'currency', currency: 'EUR' } } as const

export const i18n = createI18n<[MessageSchema], Language, false>({
  legacy: false,
  locale: initialLanguage(),
  fallbackLocale: 'en',
  messages: { en, fr, nl },
  datetimeFormats,
  numberFormats: { fr: euro, nl: euro, en: euro },
  missingWarn: false,
  fallbackWarn: false,
})

/** Switches the language everywhere: messages, `<html lang>`, and the remembered choice. */
export function setLanguage(language: Language): void {
  i18n.global.locale.value = language
  document.documentElement.lang = language
  rememberLanguage(language)
}

export function currentLanguage(): Language {
  return i18n.global.locale.value
}
