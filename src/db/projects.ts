import type { IsoDate, Project } from '@/domain/model'
import { getDb, PROJECT_TABLES } from './database'
import { newId, nowIso } from './ids'

export type NewProject = Omit<Project, 'id' | 'createdAt' | 'updatedAt'>

/** Projects on this device, most recently used first. */
export async function listProjects(): Promise<Project[]> {
  return getDb().projects.orderBy('updatedAt').reverse().toArray()
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

/** Removes a project and everything recorded for it, in one transaction. */
export async function deleteProject(id: string): Promise<void> {
  const db = getDb()
  const tables = PROJECT_TABLES.map((name) => db.table(name))
  await db.transaction('rw', [db.projects, ...tables], async () => {
    for (const table of tables) await table.where('projectId').equals(id).delete()
    await db.projects.delete(id)
  })
}
