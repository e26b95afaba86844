import { defineStore } from 'pinia'
import { computed } from 'vue'
import { addDecision, removeDecision, updateDecision, type NewDecision } from '@/db/decisions'
import { addMove, removeMove, updateMove, type NewMove } from '@/db/moves'
import { addNotice, removeNotice, updateNotice, type NewNotice } from '@/db/notices'
import { addTrip, removeTrip, updateTrip, type NewTrip } from '@/db/trips'
import type { Decision, Move, Notice, Trip } from '@/domain/model'
import type { Reminder } from '@/domain/reminders'
import { useProjectStore } from './project'
import { useRemindersStore } from './reminders'

/** A letter of the PCSW as listed: a decision, or a formal notice. */
export type Letter = { type: 'decision'; date: string; record: Decision } | { type: 'notice'; date: string; record: Notice }

const newestFirst = <T extends { id: string }>(dateOf: (r: T) => string | undefined) => (a: T, b: T) =>
  (dateOf(b) ?? '').localeCompare(dateOf(a) ?? '') || a.id.localeCompare(b.id)

/** Letters and decisions of the PCSW, formal notices, moves to another municipality and trips abroad. */
export const useLettersStore = defineStore('letters', () => {
  const projectStore = useProjectStore()
  const reminders = useRemindersStore()
  const projectId = () => {
    const id = projectStore.current?.id
    if (!id) throw new Error('No current project')
    return id
  }

  /** True once the project's records and the rules engine are there. */
  const ready = computed(() => reminders.ready)
  /** Decisions and formal notices together, latest first. */
  const letters = computed<Letter[]>(() => {
    const list: Letter[] = [
      ...(reminders.facts?.decisions ?? []).map((record) => ({ type: 'decision' as const, date: record.decidedOn ?? record.notifiedOn ?? '', record })),
      ...(reminders.facts?.notices ?? []).map((record) => ({ type: 'notice' as const, date: record.receivedOn, record })),
    ]
    return list.sort((a, b) => b.date.localeCompare(a.date) || a.record.id.localeCompare(b.record.id))
  })
  /** Moves, latest first. */
  const moves = computed<Move[]>(() => [...(reminders.facts?.moves ?? [])].sort(newestFirst((m) => m.movedOn)))
  /** Trips abroad, latest departure first. */
  const trips = computed<Trip[]>(() => [...(reminders.facts?.trips ?? [])].sort(newestFirst((t) => t.leavesOn)))

  /** The reminders computed for one record (see the reminders store). */
  const remindersOf = (recordId: string): Reminder[] => reminders.remindersOf(recordId)

  /** Records a decision or letter. */
  async function addLetter(input: NewDecision): Promise<Decision> {
    return addDecision(projectId(), input, reminders.today)
  }
  /** Saves changes to a decision (its notification, an appeal lodged). */
  async function updateLetter(id: string, changes: Partial<NewDecision>): Promise<Decision> {
    return updateDecision(id, changes, reminders.today)
  }
  /** Records a formal notice. */
  async function addFormalNotice(input: NewNotice): Promise<Notice> {
    return addNotice(projectId(), input, reminders.today)
  }
  /** Saves changes to a formal notice (hearing asked, held, outcome). */
  async function updateFormalNotice(id: string, changes: Partial<NewNotice>): Promise<Notice> {
    return updateNotice(id, changes, reminders.today)
  }
  /** Removes a decision or a formal notice typed by mistake. */
  async function removeLetter(letter: Letter): Promise<void> {
    await (letter.type === 'decision' ? removeDecision(letter.record.id) : removeNotice(letter.record.id))
  }
  /** Records a move. */
  async function addMoveRecord(input: NewMove): Promise<Move> {
    return addMove(projectId(), input, reminders.today)
  }
  /** Saves changes to a move (the transfer of the contract accepted or refused). */
  async function updateMoveRecord(id: string, changes: Partial<NewMove>): Promise<Move> {
    return updateMove(id, changes, reminders.today)
  }
  /** Removes a move typed by mistake. */
  async function removeMoveRecord(id: string): Promise<void> {
    await removeMove(id)
  }
  /** Records a trip abroad. */
  async function addTripRecord(input: NewTrip): Promise<Trip> {
    return addTrip(projectId(), input, reminders.today)
  }
  /** Saves changes to a trip (return date, announced on). */
  async function updateTripRecord(id: string, changes: Partial<NewTrip>): Promise<Trip> {
    return updateTrip(id, changes, reminders.today)
  }
  /** Removes a trip typed by mistake. */
  async function removeTripRecord(id: string): Promise<void> {
    await removeTrip(id)
  }

  return {
    ready,
    letters,
    moves,
    trips,
    remindersOf,
    addLetter,
    updateLetter,
    addFormalNotice,
    updateFormalNotice,
    removeLetter,
    addMoveRecord,
    updateMoveRecord,
    removeMoveRecord,
    addTripRecord,
    updateTripRecord,
    removeTripRecord,
  }
})
