/**
 * The few words a notification shows, in the three languages, taken from the locales (only the two namespaces
 * named here go into the worker: the notification lines and the reminder kinds' labels).
 */
import { notify as enNotify, reminders as enReminders } from '../../locales/en.json'
import { notify as frNotify, reminders as frReminders } from '../../locales/fr.json'
import { notify as nlNotify, reminders as nlReminders } from '../../locales/nl.json'

export type NotifyLanguage = 'fr' | 'nl' | 'en'

const WORDS = {
  en: { notify: enNotify, reminders: enReminders },
  fr: { notify: frNotify, reminders: frReminders },
  nl: { notify: nlNotify, reminders: nlReminders },
}
/** The written-out date, as the app shows it in each language ("Tuesday 8 December"). */
const DATE_LOCALE: Record<NotifyLanguage, string> = { en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE' }

export function isNotifyLanguage(value: unknown): value is NotifyLanguage {
  return value === 'fr' || value === 'nl' || value === 'en'
}

/** "Tuesday 8 December": a calendar date at noon UTC, formatted in UTC, so no time zone can move it. */
export function dayAndMonth(iso: string, language: NotifyLanguage): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[language], { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`))
}

/**
 * What the lock screen may show of a reminder: the kind and the date, nothing more (issue 12). The title says when
 * ("A date in your ISIP: tomorrow, Tuesday 8 December"), the body which kind of date ("Appeal deadline").
 */
export function notificationText(kind: string, due: string, when: 'today' | 'tomorrow', language: NotifyLanguage): { title: string; body: string } {
  const words = WORDS[language]
  const labels = words.reminders as unknown as Record<string, { label?: string } | undefined>
  return {
    title: words.notify[when].replace('{date}', dayAndMonth(due, language)),
    body: labels[kind.replace(/-/g, '_')]?.label ?? '',
  }
}
