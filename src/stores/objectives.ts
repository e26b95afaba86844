import { defineStore, storeToRefs } from 'pinia'
import { computed } from 'vue'
import { useProjectLiveQuery } from '@/composables/useProjectLiveQuery'
import { addObjective, listObjectives, updateObjective, type NewObjective, type ObjectiveChanges } from '@/db/objectives'
import type { Objective } from '@/domain/model'
import { objectiveSuggestions } from '@/domain/reflection-flow'
import { useCompanionStore } from './companion'
import { useProjectStore } from './project'
import { useReflectionStore } from './reflection'
import { useClockStore } from './clock'

/** The current project's objectives, and the reflection answers that could become one. */
export const useObjectivesStore = defineStore('objectives', () => {
  const projectStore = useProjectStore()
  const companion = useCompanionStore()
  const reflection = useReflectionStore()
  const today = storeToRefs(useClockStore()).today
  const projectId = computed(() => projectStore.current?.id)
  const query = useProjectLiveQuery(projectId, listObjectives, [] as Objective[])

  /** The objectives in the person's order (dropped ones too). */
  const objectives = query.value
  /** True once the objectives have been read. */
  const ready = query.ready
  /** Answers about wishes and problems not yet turned into an objective ("make it an objective?"). */
  const suggestions = computed(() => objectiveSuggestions(reflection.answers, objectives.value))

  /** Adds an objective written by whoever is writing now. */
  async function add(input: Omit<NewObjective, 'author'>): Promise<Objective> {
    if (!projectId.value) throw new Error('No current project')
    return addObjective(projectId.value, { ...input, author: companion.author }, today.value)
  }

  /** Saves changes; whoever is writing now becomes its author. */
  async function update(id: string, changes: Omit<ObjectiveChanges, 'author'>): Promise<Objective> {
    return updateObjective(id, { ...changes, author: companion.author })
  }

  return { objectives, ready, suggestions, add, update }
})
