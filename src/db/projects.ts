import { getDb, PROJECT_TABLES } from './database'
import { newId, nowIso } from './ids'
import type { Project } from '@/domain/model'

export type NewProject = Omit<Project, 'id' | 'createdAt' | 'updatedAt'>

/** Projects on this device, most recently used first. */
export async function listProjects(): Promise<Project[]> {
  return getDb().projects.orderBy('updatedAt').reverse().toArray()
}

export async function getProject(id: string): Promise<Project | undefined> {
  return getDb().projects.get(id)
}

export async function createProject(input: NewProject): Promise<Project> {
  const at = nowIso()
  const project: Project = { ...input, id: newId(), createdAt: at, updatedAt: at }
  await getDb().projects.add(project)
  return project
}

/** Saves changes to a project; refuses an unknown id rather than creating one by accident. */
export async function updateProject(id: string, changes: Partial<NewProject>): Promise<Project> {
  const db = getDb()
  return db.transaction('rw', db.projects, async () => {
    const current = await db.projects.get(id)
    if (!current) throw new Error(`No project ${id}`)
    const next: Project = { ...current, ...changes, id, updatedAt: nowIso() }
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
