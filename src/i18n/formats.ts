import type { Language } from './languages'
import { calendarDateForDisplay } from './calendar-date'

/**
 * How dates and amounts are written in each language, for a person in Belgium: the messages stay `fr`, `nl`, `en`,
 * the forms are Belgian French and Dutch and British English ("Monday 29 December 2025", not "December 29").
 * French writes the first of the month « 1er ». Amounts: « 1 314,20 € », « € 1.314,20 », « €1,314.20 ».
 */
const INTL_LOCALE: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' }

const STYLES = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>
export type DateStyle = keyof typeof STYLES

const dateFormats = new Map<string, Intl.DateTimeFormat>()
function dateFormat(language: Language, style: DateStyle): Intl.DateTimeFormat {
  const id = `${language}:${style}`
  let format = dateFormats.get(id)
  if (!format) dateFormats.set(id, (format = new Intl.DateTimeFormat(INTL_LOCALE[language], STYLES[style])))
  return format
}

/**
 * « 1 décembre » → « 1er décembre » (the day is a part of its own, so no other "1" is touched), with a no-break
 * space between the day and its month, as the messages' own dates have (scripts/typography.mjs); British English
 * writes no comma after the weekday, whichever CLDR the engine carries ("Monday 29 December 2025").
 */
function write(date: Date, language: Language, style: DateStyle): string {
  const parts = dateFormat(language, style).formatToParts(date)
  return parts
    .map((part, at) => {
      if (language === 'fr' && part.type === 'day' && part.value === '1') return '1er'
      if (language === 'en' && part.type === 'literal' && parts[at - 1]?.type === 'weekday') return ' '
      // A day keeps its month on a narrow phone screen (« 1er\u00a0février », "29\u00a0December").
      if (part.type === 'literal' && parts[at - 1]?.type === 'day' && parts[at + 1]?.type === 'month') return '\u00a0'
      return part.value
    })
    .join('')
}

/** A calendar date (`YYYY-MM-DD`) written out; never shifted by the time zone. */
export function formatCalendarDate(iso: string, language: Language, style: DateStyle = 'long'): string {
  return write(calendarDateForDisplay(iso), language, style)
}

/** The day of an instant (`2026-12-02T09:30:00.000Z`) in this device's time zone, written out. */
export function formatInstantDate(instant: string, language: Language, style: DateStyle = 'long'): string {
  return write(new Date(instant), language, style)
}

/** An amount in euros, as each language writes it; `whole` for an amount the app computed (no false cents). */
export function formatEuros(amount: number, language: Language, options: { whole?: boolean } = {}): string {
  const digits = options.whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}
  return new Intl.NumberFormat(INTL_LOCALE[language], { style: 'currency', currency: 'EUR', ...digits }).format(amount)
}
