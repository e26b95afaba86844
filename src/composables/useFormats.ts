import { useI18n } from 'vue-i18n'
import { formatCalendarDate, formatEuros, formatInstantDate } from '@/i18n/formats'
import type { Language } from '@/i18n/languages'

/** Dates and amounts in the current language, as src/i18n/formats.ts writes them (the only way screens write them). */
export function useFormats() {
  const { locale } = useI18n()
  const language = () => locale.value as Language
  return {
    /** "Monday 29 December 2025", « mardi 1er décembre 2026 ». */
    longDate: (iso: string) => formatCalendarDate(iso, language(), 'long'),
    /** "29 December 2025". */
    shortDate: (iso: string) => formatCalendarDate(iso, language(), 'short'),
    /** The day of an ISO instant, on this device. */
    instantDate: (instant: string) => formatInstantDate(instant, language(), 'long'),
    euros: (amount: number, options?: { whole?: boolean }) => formatEuros(amount, language(), options),
  }
}
