import { defineStore, storeToRefs } from 'pinia'
import { computed, shallowRef } from 'vue'
import { useAppBadge } from '@/composables/useAppBadge'
import { markReminder, unmarkReminder } from '@/db/reminder-marks'
import { loadMessagePart } from '@/i18n'
import type { Reminder } from '@/domain/reminders'
import { useClockStore } from './clock'
import { useFactsStore } from './facts'
import { useProjectStore } from './project'

type Engine = typeof import('@/domain/reminders') & Pick<typeof import('@/domain/dates'), 'addDays'>

/**
 * The rules engine (and date-fns behind it, and the words of its messages) stays out of the first route: it is one chunk of its own, shared
 * with the Rights screens, fetched right after the first paint (precached, so offline too).
 */
let engineLoad: Promise<Engine> | undefined
function loadEngine(): Promise<Engine> {
  // The reminders' words come with the engine, so a reminder never shows before its sentence can be written.
  engineLoad ??= Promise.all([import('@/domain/reminders'), import('@/domain/dates'), loadMessagePart('explain')]).then(([rules, dates]) => ({
    ...rules,
    addDays: dates.addDays,
  }))
  return engineLoad
}

/** Today's reminders in the three groups of the Today screen. */
export interface ReminderGroups {
  /** Still open and due up to the end of this week (today + 6 days), overdue ones first; and any done this week. */
  week: Reminder[]
  /** Due after this week, soonest first. */
  later: Reminder[]
  /** Done or ended, with a date before today: most recent first. */
  past: Reminder[]
}

/** The current project's reminders, derived on the device from its facts and today's date (never stored). */
export const useRemindersStore = defineStore('reminders', () => {
  const projectStore = useProjectStore()
  const factsStore = useFactsStore()
  /** Today's date on this device; turns over at midnight (the app's one clock). */
  const today = storeToRefs(useClockStore()).today
  /** The rules engine, once its chunk has arrived. */
  const engine = shallowRef<Engine>()
  /** The engine's chunk could not be loaded (a broken cache): the screen says so instead of waiting forever. */
  const engineFailed = shallowRef(false)
  loadEngine().then(
    (loaded) => (engine.value = loaded),
    () => (engineFailed.value = true),
  )

  /** True once the facts have been read and, when there is a project, the engine has arrived. */
  const ready = computed(() => factsStore.ready && (factsStore.facts === undefined || engine.value !== undefined))
  /** Every reminder, soonest first. */
  const reminders = computed<Reminder[]>(() => (factsStore.facts && engine.value ? engine.value.computeReminders(factsStore.facts, today.value) : []))
  /** The evaluation rhythm of each contract year; undefined until the engine has arrived. */
  const rhythm = computed(() => (factsStore.facts && engine.value ? engine.value.evaluationRhythm(factsStore.facts, today.value) : undefined))
  /** The last day of "this week": today + 6 days (a rolling week, the same for the badge and the Today group). */
  const weekEnd = computed(() => engine.value?.addDays(today.value, 6))

  /** The reminders grouped for the Today screen. */
  const groups = computed<ReminderGroups>(() => {
    const week: Reminder[] = []
    const later: Reminder[] = []
    const past: Reminder[] = []
    const end = weekEnd.value ?? today.value
    for (const r of reminders.value) {
      if (r.state === 'done' && r.due < today.value) past.push(r)
      else if ((r.safeBy ?? r.due) <= end) week.push(r) // an appeal to send by Friday is this week's, even if the legal last day is Monday
      else later.push(r)
    }
    return { week, later, past: past.reverse() }
  })

  /** How many reminders still to do fall in "this week" (overdue ones included): the app icon's badge. */
  const dueThisWeek = computed(() => groups.value.week.filter((r) => r.state !== 'done').length)
  useAppBadge(() => (ready.value && engine.value ? dueThisWeek.value : undefined))

  /** The reminders computed for one record (a request's deadline, a decision's appeal, a contract's cooling-off…). */
  function remindersOf(recordId: string): Reminder[] {
    return reminders.value.filter((r) => r.record.id === recordId)
  }

  /** Marks a reminder seen or done (the only thing about reminders that is stored). */
  async function mark(reminder: Reminder, state: 'seen' | 'done'): Promise<void> {
    await markReminder(projectStore.currentId(), reminder.id, state, today.value)
  }

  /** Takes a mark back (the reminder shows again as the rules say). */
  async function unmark(reminder: Reminder): Promise<void> {
    await unmarkReminder(projectStore.currentId(), reminder.id)
  }

  /** Resolves once the rules engine has arrived (for screens that need it before showing anything). */
  function whenEngineLoaded(): Promise<Engine> {
    return loadEngine()
  }

  return { today, ready, engine, engineFailed, reminders, rhythm, weekEnd, groups, dueThisWeek, remindersOf, mark, unmark, whenEngineLoaded }
})
