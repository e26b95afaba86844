import { defineStore, storeToRefs } from 'pinia'
import { computed, shallowRef } from 'vue'
import { useAppBadge } from '@/composables/useAppBadge'
import { markReminder, unmarkReminder } from '@/db/reminder-marks'
import { loadMessagePart } from '@/i18n'
import type { Reminder, ReminderGroups } from '@/domain/reminders'
import { useClockStore } from './clock'
import { useFactsStore } from './facts'
import { useProjectStore } from './project'

type Engine = typeof import('@/domain/reminders')

/**
 * The rules engine (and date-fns behind it, and the words of its messages) stays out of the first route: it is one chunk of its own, shared
 * with the Rights screens, fetched right after the first paint (precached, so offline too).
 */
let engineLoad: Promise<Engine> | undefined
function loadEngine(): Promise<Engine> {
  // The reminders' words come with the engine, so a reminder never shows before its sentence can be written.
  engineLoad ??= Promise.all([import('@/domain/reminders'), loadMessagePart('explain')]).then(([rules]) => rules)
  return engineLoad
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
  /** Today's groups (src/domain/today-groups.ts): late, the next 7 days, later, done; empty until the engine has arrived. */
  const groups = computed<ReminderGroups>(() =>
    engine.value ? engine.value.groupReminders(reminders.value, today.value) : { late: [], next: [], later: [], done: [], nextEnd: today.value },
  )

  /** How many reminders still to do are late or fall in the next 7 days: the app icon's badge. */
  const dueSoon = computed(() => groups.value.late.length + groups.value.next.length)
  useAppBadge(() => (ready.value && engine.value ? dueSoon.value : undefined))

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

  return { today, ready, engine, engineFailed, reminders, rhythm, groups, dueSoon, remindersOf, mark, unmark, whenEngineLoaded }
})
