import { useI18n } from 'vue-i18n'
import { useFormats } from './useFormats'
import { pluralCount } from '@/i18n/plural'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

interface Message {
  key: string
  values: Record<string, string | number>
}

/**
 * The words of a reminder's messages (src/domain/rules/types.ts, Message): every `YYYY-MM-DD` value is a calendar
 * date written out in the person's language; a value named `holiday` is a holiday id. Text the person typed (a
 * step's title) goes through as text, never as HTML.
 */
export function useReminderText() {
  const { t } = useI18n()
  const { longDate } = useFormats()
  function values(raw: Record<string, string | number>): Record<string, string | number> {
    const out: Record<string, string | number> = {}
    for (const [name, value] of Object.entries(raw)) {
      if (name === 'holiday' && typeof value === 'string') out[name] = t(`holidays.${value}`)
      else if (typeof value === 'string' && ISO_DATE.test(value)) out[name] = longDate(value)
      else out[name] = value
    }
    return out
  }
  // A counted message gets its count as the plural argument (src/i18n/plural.ts names which value it is).
  const text = (message: Message) => {
    const count = pluralCount(message.key, message.values)
    return count === undefined ? t(message.key, values(message.values)) : t(message.key, values(message.values), count)
  }
  return { t, longDate, text }
}
