import { useI18n } from 'vue-i18n'
import { isValidIsoDate } from '@/domain/dates'
import type { Message } from '@/domain/reminders'
import { calendarDateForDisplay } from '@/i18n/calendar-date'

/** `draft-received` → `draft_received` (locale keys use snake_case leaves). */
export const snakeKey = (id: string) => id.replace(/-/g, '_')

/**
 * Turns the rules engine's messages into text: every `YYYY-MM-DD` value is a calendar date shown in full
 * ("Monday 28 December 2026"), `holiday` names a public holiday and `event` the event a count starts from
 * (reminders.ts, `Message`). Anything else (a step's title the person typed) is passed on as text.
 */
export function useRightsText() {
  const { t, d } = useI18n()

  function date(iso: string): string {
    return d(calendarDateForDisplay(iso), 'long')
  }

  function text(message: Pick<Message, 'key' | 'values'>): string {
    const values: Record<string, string | number> = {}
    for (const [name, value] of Object.entries(message.values)) {
      if (typeof value === 'string' && isValidIsoDate(value)) values[name] = date(value)
      else if (name === 'holiday') values[name] = t(`holidays.${value}`)
      else if (name === 'event') values[name] = t(`why.events.${snakeKey(String(value))}`)
      else values[name] = value
    }
    return t(message.key, values)
  }

  return { date, text }
}
