import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useProjectLiveQuery } from '@/composables/useLiveQuery'
import { loadProjectFacts } from '@/db/facts'
import type { ProjectFacts } from '@/domain/reminders'
import { useProjectStore } from './project'

/**
 * The records of the current project that the rules engine reads (contracts, amendments, evaluations, meeting
 * requests, decisions, notices, moves, trips, steps, reminder marks, the last export), read live in one snapshot.
 * The screens that list them read them here, so no list waits for the rules engine's chunk.
 */
export const useFactsStore = defineStore('facts', () => {
  const projectStore = useProjectStore()
  const query = useProjectLiveQuery(() => projectStore.current?.id, loadProjectFacts, undefined as ProjectFacts | undefined)

  /** The current project's facts (undefined while loading or with no project). */
  const facts = query.value
  /** True once the project is known and, when there is one, its records have been read. */
  const ready = computed(() => projectStore.ready && query.ready.value)

  return { facts, ready }
})
