import { defineStore, storeToRefs } from 'pinia'
import { computed } from 'vue'
import { evaluations as evaluationRecords, meetingRequests } from '@/db/records'
import type { Evaluation, MeetingRequest } from '@/domain/model'
import { evaluationKind } from '@/domain/records/evaluation'
import { meetingRequestKind } from '@/domain/records/meeting-request'
import { useClockStore } from './clock'
import { useFactsStore } from './facts'
import { useProjectStore } from './project'
import { useRemindersStore } from './reminders'

/** Meetings the person asked for, and the evaluations of the ISIP with the contract year's rhythm. */
export const useMeetingsStore = defineStore('meetings', () => {
  const projectStore = useProjectStore()
  const factsStore = useFactsStore()
  const reminders = useRemindersStore()
  const { today } = storeToRefs(useClockStore())

  /** True once the project's records are there (their deadlines follow with the rules engine). */
  const ready = computed(() => factsStore.ready)
  /** Meeting requests, latest first. */
  const requests = computed<MeetingRequest[]>(() => [...(factsStore.facts?.meetingRequests ?? [])].sort(meetingRequestKind.order))
  /** Evaluations, latest first (by the day held, else planned). */
  const evaluations = computed<Evaluation[]>(() => [...(factsStore.facts?.evaluations ?? [])].sort(evaluationKind.order))
  /** The rhythm of each contract year (held, in person, still needed, by when), oldest first; undefined until the rules engine is there. */
  const rhythm = computed(() => reminders.rhythm)

  /** Records a meeting request, or what became of one (the date given, held or not). */
  function saveRequest(request: MeetingRequest, expected?: MeetingRequest): Promise<MeetingRequest> {
    return meetingRequests.save(projectStore.currentId(), request, today.value, expected)
  }
  /** Removes a request typed by mistake. */
  const removeRequest = (id: string): Promise<void> => meetingRequests.remove(id)
  /** Records an evaluation, planned or held, or changes one (held on, what was said). */
  function saveEvaluation(evaluation: Evaluation, expected?: Evaluation): Promise<Evaluation> {
    return evaluationRecords.save(projectStore.currentId(), evaluation, today.value, expected)
  }
  /** Removes an evaluation typed by mistake. */
  const removeEvaluation = (id: string): Promise<void> => evaluationRecords.remove(id)

  return { ready, requests, evaluations, rhythm, saveRequest, removeRequest, saveEvaluation, removeEvaluation }
})
