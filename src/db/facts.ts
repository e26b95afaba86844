import type { EntityTable } from 'dexie'
import { getDb } from './database'
import { readSetting } from './settings'
import type { ProjectFacts } from '@/domain/reminders'

/** The settings key of a project's last export date (written by the backup feature). */
export const lastExportKey = (projectId: string) => `lastExportOn:${projectId}`

/**
 * Everything the rules read about one project, in one read transaction (a consistent snapshot).
 * Undefined when the project does not exist.
 */
export async function loadProjectFacts(projectId: string): Promise<ProjectFacts | undefined> {
  const db = getDb()
  const tables = [
    db.projects,
    db.contracts,
    db.amendments,
    db.evaluations,
    db.meetingRequests,
    db.decisions,
    db.notices,
    db.moves,
    db.trips,
    db.steps,
    db.reminderMarks,
    db.settings,
  ]
  return db.transaction('r', tables, async () => {
    const project = await db.projects.get(projectId)
    if (!project) return undefined
    const of = <T extends { projectId: string }>(table: EntityTable<T, 'id' & keyof T>): Promise<T[]> =>
      table.where('projectId').equals(projectId).toArray() as Promise<T[]>
    const [contracts, amendments, evaluations, meetingRequests, decisions, notices, moves, trips, steps, marks, lastExportOn] =
      await Promise.all([
        of(db.contracts),
        of(db.amendments),
        of(db.evaluations),
        of(db.meetingRequests),
        of(db.decisions),
        of(db.notices),
        of(db.moves),
        of(db.trips),
        of(db.steps),
        of(db.reminderMarks),
        readSetting<string | undefined>(lastExportKey(projectId), undefined),
      ])
    return { project, contracts, amendments, evaluations, meetingRequests, decisions, notices, moves, trips, steps, marks, lastExportOn }
  })
}
