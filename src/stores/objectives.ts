import { defineStore, storeToRefs } from 'pinia'
import { computed } from 'vue'
import { useProjectLiveQuery } from '@/composables/useLiveQuery'
import { addObjective, agreeWithObjective, listObjectives, moveObjective, updateObjective, type NewObjective } from '@/db/objectives'
import type { Objective } from '@/domain/model'
import { objectiveSuggestions } from '@/domain/reflection-flow'
import { useClockStore } from './clock'
import { useCompanionStore } from './companion'
import { useProjectStore } from './project'
import { useReflectionStore } from './reflection'

type ObjectiveChanges = Partial<Omit<Objective, 'id' | 'projectId' | 'author' | 'edits'>>

/** The current project's objectives, and the reflection answers that could become one. */
export const useObjectivesStore = defineStore('objectives', () => {
  const projectStore = useProjectStore()
  const companion = useCompanionStore()
  const reflection = useReflectionStore()
  const { today } = storeToRefs(useClockStore())
  const query = useProjectLiveQuery(() => projectStore.current?.id, listObjectives, [] as Objective[])

  /** The objectives in the person's order (dropped ones too). */
  const objectives = query.value
  /** True once the objectives have been read. */
  const ready = query.ready
  /** Answers about wishes and problems not yet turned into an objective ("make it an objective?"). */
  const suggestions = computed(() => objectiveSuggestions(reflection.answers, objectives.value))

  /** Adds an objective written by whoever is writing now. */
  function add(input: Omit<NewObjective, 'author'>): Promise<Objective> {
    return addObjective(projectStore.currentId(), { ...input, author: companion.author }, today.value)
  }

  /** Saves changes as whoever is writing now (who wrote it first stays). Refuses an objective changed since `expected`. */
  function update(id: string, changes: ObjectiveChanges, expected?: Objective): Promise<Objective> {
    return updateObjective(id, changes, today.value, expected, companion.author)
  }

  /** Moves an objective one place up (-1) or down (+1); returns its new position. */
  const move = (id: string, direction: -1 | 1): Promise<number> => moveObjective(id, direction)

  /** Records the person's "I agree with this objective" on a day (not after today), or takes it back (`undefined`). */
  function agree(id: string, agreedOn: string | undefined, expected?: Objective): Promise<Objective> {
    return agreeWithObjective(id, agreedOn, today.value, expected)
  }

  return { objectives, ready, suggestions, add, update, move, agree }
})
