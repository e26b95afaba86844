import { defineStore, storeToRefs } from 'pinia'
import { computed } from 'vue'
import { decisions, moves as moveRecords, notices, trips as tripRecords } from '@/db/records'
import type { Decision, Move, Notice, Trip } from '@/domain/model'
import { moveKind } from '@/domain/records/move'
import { tripKind } from '@/domain/records/trip'
import { newestFirst } from '@/domain/order'
import { useClockStore } from './clock'
import { useFactsStore } from './facts'
import { useProjectStore } from './project'

/** A letter of the PCSW as listed: a decision, or a formal notice. */
export type Letter = { type: 'decision'; date: string; record: Decision } | { type: 'notice'; date: string; record: Notice }

/** Letters and decisions of the PCSW, formal notices, moves to another municipality and trips abroad. */
export const useLettersStore = defineStore('letters', () => {
  const projectStore = useProjectStore()
  const factsStore = useFactsStore()
  const { today } = storeToRefs(useClockStore())

  /** True once the project's records are there (their deadlines follow with the rules engine). */
  const ready = computed(() => factsStore.ready)
  /** Decisions and formal notices together, latest first. */
  const letters = computed<Letter[]>(() => {
    const list: Letter[] = [
      ...(factsStore.facts?.decisions ?? []).map((record) => ({ type: 'decision' as const, date: record.decidedOn ?? record.notifiedOn ?? '', record })),
      ...(factsStore.facts?.notices ?? []).map((record) => ({ type: 'notice' as const, date: record.receivedOn, record })),
    ]
    return list.sort(newestFirst((l) => l.date, (l) => l.record.id))
  })
  /** Moves, latest first. */
  const moves = computed<Move[]>(() => [...(factsStore.facts?.moves ?? [])].sort(moveKind.order))
  /** Trips abroad, latest departure first. */
  const trips = computed<Trip[]>(() => [...(factsStore.facts?.trips ?? [])].sort(tripKind.order))

  /** Records a decision or letter, or saves what changed (its notification, an appeal lodged). */
  function saveDecision(decision: Decision, expected?: Decision): Promise<Decision> {
    return decisions.save(projectStore.currentId(), decision, today.value, expected)
  }
  /** Records a formal notice, or saves what changed (hearing asked, held, outcome). */
  function saveNotice(notice: Notice, expected?: Notice): Promise<Notice> {
    return notices.save(projectStore.currentId(), notice, today.value, expected)
  }
  /** Removes a decision or a formal notice typed by mistake. */
  const removeLetter = (letter: Letter): Promise<void> => (letter.type === 'decision' ? decisions : notices).remove(letter.record.id)
  /** Records a move, or saves what changed (the transfer of the contract accepted or refused). */
  function saveMove(move: Move, expected?: Move): Promise<Move> {
    return moveRecords.save(projectStore.currentId(), move, today.value, expected)
  }
  /** Removes a move typed by mistake. */
  const removeMove = (id: string): Promise<void> => moveRecords.remove(id)
  /** Records a trip abroad, or saves what changed (return date, announced on). */
  function saveTrip(trip: Trip, expected?: Trip): Promise<Trip> {
    return tripRecords.save(projectStore.currentId(), trip, today.value, expected)
  }
  /** Removes a trip typed by mistake. */
  const removeTrip = (id: string): Promise<void> => tripRecords.remove(id)

  return { ready, letters, moves, trips, saveDecision, saveNotice, removeLetter, saveMove, removeMove, saveTrip, removeTrip }
})
