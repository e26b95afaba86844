import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { createProject, listProjects, updateProject, type NewProject } from '@/db/projects'
import { writeSetting, readSetting } from '@/db/settings'
import type { Project } from '@/domain/model'

const CURRENT_KEY = 'currentProjectId'

/** The project being worked on (a device may hold more than one: a companion may keep a copy for someone). */
export const useProjectStore = defineStore('project', () => {
  /** Every project on the device, most recently used first. */
  const projectsQuery = useLiveQuery(listProjects, [] as Project[])
  /** The id the person last chose, if any. */
  const chosenQuery = useLiveQuery(() => readSetting<string | null>(CURRENT_KEY, null), null)

  /** All projects, most recently used first. */
  const projects = projectsQuery.value
  /** True once the database has answered (tells "loading" from "no project yet"). */
  const ready = computed(() => projectsQuery.ready.value && chosenQuery.ready.value)
  /** The current project: the chosen one, else the most recently used. */
  const current = computed<Project | undefined>(
    () => projects.value.find((p) => p.id === chosenQuery.value.value) ?? projects.value[0],
  )

  /** Starts a project and makes it the current one. */
  async function start(input: NewProject): Promise<Project> {
    const project = await createProject(input)
    await writeSetting(CURRENT_KEY, project.id)
    return project
  }

  /** Saves changes to the current project. */
  async function save(changes: Partial<NewProject>): Promise<Project> {
    if (!current.value) throw new Error('No current project')
    return updateProject(current.value.id, changes)
  }

  /** Makes another project on this device the current one. */
  async function choose(id: string): Promise<void> {
    await writeSetting(CURRENT_KEY, id)
  }

  return { projects, ready, current, start, save, choose }
})
