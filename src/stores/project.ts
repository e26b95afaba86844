import { defineStore } from 'pinia'
import { computed, watch } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { createProject, deleteProject, listProjects, updateProject, type NewProject, type RemovedProject } from '@/db/projects'
import { readSetting, writeSetting } from '@/db/settings'
import type { Project } from '@/domain/model'
import { rememberProjectHint } from '@/first-paint/project-hint'
import { useClockStore } from './clock'

const CURRENT_KEY = 'currentProjectId'

/** The project being worked on (a device may hold more than one: a companion may keep a copy for someone). */
export const useProjectStore = defineStore('project', () => {
  const clock = useClockStore()
  /** Every project on the device, most recently used first. */
  const projectsQuery = useLiveQuery(listProjects, [] as Project[])
  /** The id the person last chose, if any. */
  const chosenQuery = useLiveQuery(() => readSetting<string | null>(CURRENT_KEY, null), null)

  /** All projects, most recently used first. */
  const projects = projectsQuery.value
  /** True once the database has answered (tells "loading" from "no project yet"). */
  const ready = computed(() => projectsQuery.ready.value && chosenQuery.ready.value)
  /** The current project: the chosen one, else the most recently used. */
  const current = computed<Project | undefined>(() => projects.value.find((p) => p.id === chosenQuery.value.value) ?? projects.value[0])

  // The first paint's flag follows the database's answer (src/first-paint/project-hint.ts).
  watch([ready, current], ([isReady, project]) => isReady && rememberProjectHint(project !== undefined), { immediate: true })

  /** The current project's id; a write without a project is a mistake of the screen, refused. */
  function currentId(): string {
    const id = current.value?.id
    if (!id) throw new Error('No current project')
    return id
  }

  /** Starts a project and makes it the current one. */
  async function start(input: NewProject): Promise<Project> {
    const project = await createProject(input, clock.today)
    await writeSetting(CURRENT_KEY, project.id)
    return project
  }

  /** Saves changes to the current project; refuses it when it changed since `expected` (another tab). */
  async function save(changes: Partial<NewProject>, expected?: Project): Promise<Project> {
    return updateProject(currentId(), changes, clock.today, expected)
  }

  /** Makes another project on this device the current one. */
  async function choose(id: string): Promise<void> {
    await writeSetting(CURRENT_KEY, id)
  }

  /**
   * Removes a project and everything recorded for it (its reminder marks and drafts too), in one transaction. The
   * screen asks twice and offers a copy first. Another project on the device, if any, becomes the current one.
   */
  async function remove(id: string): Promise<RemovedProject> {
    return deleteProject(id, { wasCurrent: current.value?.id === id })
  }

  return { projects, ready, current, currentId, start, save, choose, remove }
})
