import { defineStore } from 'pinia'
import { computed } from 'vue'
import { addEvaluation, removeEvaluation, updateEvaluation, type NewEvaluation } from '@/db/evaluations'
import { addMeetingRequest, removeMeetingRequest, updateMeetingRequest, type NewMeetingRequest } from '@/db/meetings'
import type { Evaluation, MeetingRequest } from '@/domain/model'
import type { Reminder } from '@/domain/reminders'
import { useProjectStore } from './project'
import { useRemindersStore } from './reminders'

const newestFirst = <T extends { id: string }>(dateOf: (r: T) => string | undefined) => (a: T, b: T) =>
  (dateOf(b) ?? '').localeCompare(dateOf(a) ?? '') || a.id.localeCompare(b.id)

/** Meetings the person asked for, and the evaluations of the ISIP with the contract year's rhythm. */
export const useMeetingsStore = defineStore('meetings', () => {
  const projectStore = useProjectStore()
  const reminders = useRemindersStore()
  const projectId = () => {
    const id = projectStore.current?.id
    if (!id) throw new Error('No current project')
    return id
  }

  /** True once the project's records and the rules engine are there. */
  const ready = computed(() => reminders.ready)
  /** Meeting requests, latest first. */
  const requests = computed<MeetingRequest[]>(() => [...(reminders.facts?.meetingRequests ?? [])].sort(newestFirst((r) => r.askedOn)))
  /** Evaluations, latest first (by the day held, else planned). */
  const evaluations = computed<Evaluation[]>(() => [...(reminders.facts?.evaluations ?? [])].sort(newestFirst((e) => e.heldOn ?? e.plannedOn)))
  /** The rhythm of each contract year (held, in person, still needed, by when), oldest first. */
  const rhythm = computed(() => reminders.rhythm)

  /** The reminders computed for one record (see the reminders store). */
  const remindersOf = (recordId: string): Reminder[] => reminders.remindersOf(recordId)

  /** Records a meeting request. */
  async function ask(input: NewMeetingRequest): Promise<MeetingRequest> {
    return addMeetingRequest(projectId(), input, reminders.today)
  }
  /** Saves what became of a request (the date given, held or not). */
  async function updateRequest(id: string, changes: Partial<NewMeetingRequest>): Promise<MeetingRequest> {
    return updateMeetingRequest(id, changes, reminders.today)
  }
  /** Removes a request typed by mistake. */
  async function removeRequest(id: string): Promise<void> {
    await removeMeetingRequest(id)
  }
  /** Records an evaluation, planned or held. */
  async function addEval(input: NewEvaluation): Promise<Evaluation> {
    return addEvaluation(projectId(), input, reminders.today)
  }
  /** Saves changes to an evaluation (held on, what was said). */
  async function updateEval(id: string, changes: Partial<NewEvaluation>): Promise<Evaluation> {
    return updateEvaluation(id, changes, reminders.today)
  }
  /** Removes an evaluation typed by mistake. */
  async function removeEval(id: string): Promise<void> {
    await removeEvaluation(id)
  }

  return { ready, requests, evaluations, rhythm, remindersOf, ask, updateRequest, removeRequest, addEval, updateEval, removeEval }
})
