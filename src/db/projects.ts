import type { IsoDate, Project } from '@/domain/model'
import { getDb, PROJECT_TABLES } from './database'
import { newId, nowIso } from './ids'

export type NewProject = Omit<Project, 'id' | 'createdAt' | 'updatedAt'>

/** Projects on this device, most recently used first. */
export async function listProjects(): Promise<Project[]> {
  // Sorted here: no date is indexed (an index would keep it plain with the lock on).
  return (await getDb().projects.toArray()).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
}

export async function getProject(id: string): Promise<Project | undefined> {
  return getDb().projects.get(id)
}

/**
 * The checks of a project, loaded with the first write: the first screen only reads which projects there are, so
 * the checks (and valibot) stay out of the first route.
 */
async function checks() {
  const [{ assertUnchanged, checked }, { projectKind }] = await Promise.all([import('./repository'), import('@/domain/records/project')])
  return { assertUnchanged, check: (project: Project, today: IsoDate) => checked(projectKind, project, { today }) }
}

/** Starts a project; refuses one without the PCSW's name and municipality, or with dates that do not fit. */
export async function createProject(input: NewProject, today: IsoDate): Promise<Project> {
  const { check } = await checks()
  const at = nowIso()
  const project = check({ ...input, id: newId(), createdAt: at, updatedAt: at }, today)
  await getDb().projects.add(project)
  return project
}

/** Saves changes to a project; refuses an unknown id rather than creating one by accident, and a project changed since `expected`. */
export async function updateProject(id: string, changes: Partial<NewProject>, today: IsoDate, expected?: Project): Promise<Project> {
  const { assertUnchanged, check } = await checks()
  const db = getDb()
  return db.transaction('rw', db.projects, async () => {
    const current = await db.projects.get(id)
    if (!current) throw new Error(`No project ${id}`)
    assertUnchanged(current, expected)
    const next = check({ ...current, ...changes, id, updatedAt: nowIso() }, today)
    await db.projects.put(next)
    return next
  })
}

/** What removing a project took away, to tell the person. */
export interface RemovedProject {
  /** How many records of the project went, all tables together (the project itself not counted). */
  records: number
  /** How many unsaved drafts went with them. */
  drafts: number
}

/** The settings that belong to one project (`<name>:<projectId>`). */
const PROJECT_SETTINGS = ['reflectionPosition', 'lastExportOn'] as const

/**
 * Removes a project and everything recorded for it, in one transaction: every row of its tables (PROJECT_TABLES,
 * its reminder marks among them), its settings (where the reflection stood, the day of its last copy), the choice of
 * it as the current project, and the drafts of its forms — a draft names the record it belongs to, or the project
 * itself (an answer, its dates). Drafts of forms for a new record name no project: they go too when `wasCurrent`
 * (they were being typed for this project). Nothing else is touched.
 */
export async function deleteProject(id: string, options: { wasCurrent?: boolean } = {}): Promise<RemovedProject> {
  const db = getDb()
  const tables = PROJECT_TABLES.map((name) => db.table<{ id: string; projectId: string }, string>(name))
  return db.transaction('rw', [db.projects, db.settings, db.drafts, ...tables], async () => {
    if (!(await db.projects.get(id))) throw new Error(`No project ${id}`)
    const ids = new Set<string>([id])
    let records = 0
    for (const table of tables) {
      const keys = (await table.where('projectId').equals(id).primaryKeys()) as string[]
      for (const key of keys) ids.add(key)
      records += keys.length
      await table.bulkDelete(keys)
    }
    await db.settings.bulkDelete(PROJECT_SETTINGS.map((name) => `${name}:${id}`))
    if ((await db.settings.get('currentProjectId'))?.value === id) await db.settings.delete('currentProjectId')
    // `<form>:<record id or "new">…@<tab>`: a draft belongs to the project when one of its parts names it or its records.
    const drafts = (await db.drafts.toCollection().primaryKeys()).filter((formId) => {
      const parts = formId.split(/[:@]/)
      return parts.some((part) => ids.has(part)) || (options.wasCurrent === true && parts.includes('new'))
    })
    await db.drafts.bulkDelete(drafts)
    await db.projects.delete(id)
    return { records, drafts: drafts.length }
  })
}
