import type { Message } from '@/domain/reminders'
import { useReminderText } from '@/composables/useReminderText'

/** `draft-received` → `draft_received` (locale keys use snake_case leaves). */
export const snakeKey = (id: string) => id.replace(/-/g, '_')

/**
 * The rules engine's messages as text, as Today writes them (dates in full, holidays by name, typed text as text),
 * plus the one value only "why this date?" uses: `event`, the event a count starts from.
 */
export function useRightsText() {
  const { t, longDate, text: reminderText } = useReminderText()

  function text(message: Pick<Message, 'key' | 'values'>): string {
    const { event } = message.values
    if (event === undefined) return reminderText(message)
    return reminderText({ key: message.key, values: { ...message.values, event: t(`why.events.${snakeKey(String(event))}`) } })
  }

  return { date: longDate, text }
}
