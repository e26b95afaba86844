import { computed, ref, type Ref } from 'vue'
import { toICalendar, type CalendarEvent } from '@/domain/calendar'
import { daysBetween } from '@/domain/dates'
import type { Reminder, ReminderKind } from '@/domain/reminders'
import { sourceOf, type SourceId } from '@/domain/sources'
import { useReminderText } from '@/composables/useReminderText'
import { useRemindersStore } from '@/stores/reminders'

/** `appeal-deadline` → `appeal_deadline` (locale keys use snake_case leaves). */
const snake = (kind: string) => kind.replace(/-/g, '_')

/**
 * The alarms of each kind, in days before its date: every date the day before (`-P1D`), and a deadline on the
 * day too (issue 12). A step of the plan and the "keep a copy" advice are not legal deadlines: the day before only.
 */
export function alarmDaysBefore(kind: ReminderKind): number[] {
  return kind === 'step-due' || kind === 'backup-due' ? [1] : [1, 0]
}

/** The reminders worth a calendar entry: still to do, and dated today or later. */
export function upcomingReminders(reminders: readonly Reminder[], today: string): Reminder[] {
  return reminders.filter((r) => r.state !== 'done' && r.due >= today)
}

/** The words a calendar event is written with: vue-i18n's `t` and a reminder message's text. */
export interface EventWords {
  t: (key: string, values?: Record<string, unknown>) => string
  text: (message: { key: string; values: Record<string, string | number> }) => string
  /** Sources named in the language of the source (the app's own ones in the person's). */
  sources: (ids: readonly SourceId[]) => string[]
  /** A calendar date written out. */
  date: (iso: string) => string
}

/**
 * One reminder as one calendar event: the one place a reminder becomes a calendar entry (the print view of
 * "My dates" uses the same title and date). Nothing personal by default: a fixed title per kind, never the PCSW,
 * the social worker or text the person typed; a step's own words only when `withStepNames` is chosen.
 *
 * The date is the reminder's `due`, the legal last day. An appeal whose last day moved off a weekend or holiday
 * carries `safeBy` (the last working day on or before the unmoved day, issue 13): the alarms ring the day before it
 * and on it, and the description says it first.
 */
export function reminderEvent(reminder: Reminder, words: EventWords, withStepNames = false): CalendarEvent {
  let title: string
  if (reminder.kind === 'step-due') {
    const who = reminder.message.key.replace(/^.*title_/, '')
    title = withStepNames ? words.text(reminder.message) : words.t(`calendar.events.step_due_${who}`)
  } else {
    title = words.t(`calendar.events.${snake(reminder.kind)}`)
  }
  const sources = words.sources(reminder.sources)
  const safeBy = reminder.safeBy !== undefined && reminder.safeBy < reminder.due ? reminder.safeBy : undefined
  const earlier = safeBy ? daysBetween(safeBy, reminder.due) : 0
  const description = [
    ...(safeBy ? [words.t('reminders.appeal_deadline.safe_by', { date: words.date(safeBy) })] : []),
    words.text(reminder.explanation),
    ...(reminder.notes ?? []).map(words.text),
    ...(sources.length > 0 ? [words.t('calendar.sources', { list: sources.join(' · ') })] : []),
    words.t('calendar.from_app'),
  ].join('\n\n')
  const alarms = alarmDaysBefore(reminder.kind).map((days) => days + earlier)
  return { uid: `${reminder.id}@isip-own`, date: reminder.due, title, description, alarmDaysBefore: alarms }
}

/** The app's own "sources" are named in the person's language; the others keep the language of the source. */
const OWN: Partial<Record<SourceId, string>> = { 'your-plan': 'today.source_your_plan', 'this-app': 'today.source_this_app' }

/** The words of reminders and their sources in the current language. */
export function useEventWords(): EventWords & { longDate: (iso: string) => string } {
  const { t, text, longDate } = useReminderText()
  const sources = (ids: readonly SourceId[]) =>
    ids.map((id) => {
      const own = OWN[id]
      if (own) return t(own)
      const source = sourceOf(id)
      return [source.title, source.article].filter(Boolean).join(', ')
    })
  return { t: t as EventWords['t'], text, sources, longDate, date: longDate }
}

/**
 * The calendar file of the current project's upcoming dates, in the person's language: which kinds there are,
 * which the person left out, whether step names go in, and the file itself.
 */
export function useCalendarFile(excluded: Ref<Set<ReminderKind>> = ref(new Set())) {
  const store = useRemindersStore()
  const words = useEventWords()
  const withStepNames = ref(false)
  const upcoming = computed(() => upcomingReminders(store.reminders, store.today))
  /** The kinds among the upcoming dates, in the order they first come. */
  const kinds = computed(() => [...new Set(upcoming.value.map((r) => r.kind))])
  const chosen = computed(() => upcoming.value.filter((r) => !excluded.value.has(r.kind)))
  const events = computed(() => chosen.value.map((r) => reminderEvent(r, words, withStepNames.value)))
  /** The `.ics` text, stamped now (the stamp is the one thing read from the clock, here at the edge). */
  const fileText = (now = new Date()) => toICalendar(events.value, now.toISOString())
  return { upcoming, kinds, excluded, withStepNames, chosen, events, fileText }
}
