import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useToday } from '@/composables/useToday'
import { loadProjectFacts } from '@/db/facts'
import { getDb } from '@/db/database'
import { computeReminders, evaluationRhythm, type ProjectFacts, type Reminder } from '@/domain/reminders'
import { useProjectStore } from './project'

/** The current project's reminders, derived on the device from its facts and today's date (never stored). */
export const useRemindersStore = defineStore('reminders', () => {
  const projectStore = useProjectStore()
  /** Today's date on this device; turns over at midnight. */
  const today = useToday()
  /** The facts of the current project, kept live: any write to its records recomputes the reminders. */
  const factsQuery = useLiveQuery<ProjectFacts | undefined>(
    async () => (projectStore.current ? loadProjectFacts(projectStore.current.id) : undefined),
    undefined,
  )
  /** The current project's facts (undefined while loading or with no project). */
  const facts = factsQuery.value
  /** True once the facts have been read. */
  const ready = computed(() => projectStore.ready && factsQuery.ready.value)
  /** Every reminder, soonest first. */
  const reminders = computed<Reminder[]>(() => (facts.value ? computeReminders(facts.value, today.value) : []))
  /** The evaluation rhythm of each contract year. */
  const rhythm = computed(() => (facts.value ? evaluationRhythm(facts.value, today.value) : []))

  /** Marks a reminder seen or done (the only thing about reminders that is stored). */
  async function mark(reminder: Reminder, state: 'seen' | 'done'): Promise<void> {
    const projectId = projectStore.current?.id
    if (!projectId) return
    await getDb().reminderMarks.put({ id: `${projectId}:${reminder.id}`, projectId, reminderId: reminder.id, state, on: today.value })
  }

  /** Takes a mark back (the reminder shows again as the rules say). */
  async function unmark(reminder: Reminder): Promise<void> {
    const projectId = projectStore.current?.id
    if (projectId) await getDb().reminderMarks.delete(`${projectId}:${reminder.id}`)
  }

  return { today, facts, ready, reminders, rhythm, mark, unmark }
})
