import { getDb } from './database'
import { newId } from './ids'
import type { IsoDate } from '@/domain/model'
import { assertValid, type RecordError } from '@/domain/records-validation'

/**
 * The shared shape of the repositories of one project's dated records (meeting requests, evaluations, decisions,
 * formal notices, moves, trips): each write checks the whole record first (a refused record throws
 * RecordValidationError and changes nothing) and runs in one transaction with the check that the project or the
 * record exists.
 */
export type RecordTableName = 'meetingRequests' | 'evaluations' | 'decisions' | 'notices' | 'moves' | 'trips'

interface ProjectRecord {
  id: string
  projectId: string
}

/** The fields a caller gives: everything but the ids. */
export type RecordInput<T extends ProjectRecord> = Omit<T, 'id' | 'projectId'>

/** Drops empty optional values (undefined, blank text), so a record holds only what was filled in, trimmed. */
export function compact<T extends object>(record: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue
    if (typeof value === 'string') {
      const text = value.trim()
      if (text !== '') out[key] = text
    } else out[key] = value
  }
  return out as T
}

export interface RecordRepository<T extends ProjectRecord> {
  /** The project's records, in the repository's order. */
  list(projectId: string): Promise<T[]>
  /** Adds a record after checking it; refuses an unknown project. */
  add(projectId: string, input: RecordInput<T>, today: IsoDate): Promise<T>
  /** Saves changes (an `undefined` or blank value clears that field) after checking the whole record. */
  update(id: string, changes: Partial<RecordInput<T>>, today: IsoDate): Promise<T>
  /** Removes one record (a record typed by mistake). */
  remove(id: string): Promise<void>
}

export function recordRepository<T extends ProjectRecord>(
  tableName: RecordTableName,
  check: (record: T, today: IsoDate) => Partial<Record<string, RecordError>>,
  order: (a: T, b: T) => number,
): RecordRepository<T> {
  const table = () => getDb().table<T, string>(tableName)
  return {
    async list(projectId) {
      const all = await table().where('projectId').equals(projectId).toArray()
      return all.sort(order)
    },
    async add(projectId, input, today) {
      const record = compact({ ...input, id: newId(), projectId } as T)
      assertValid(check(record, today))
      const db = getDb()
      return db.transaction('rw', db.projects, table(), async () => {
        if (!(await db.projects.get(projectId))) throw new Error(`No project ${projectId}`)
        await table().add(record)
        return record
      })
    },
    async update(id, changes, today) {
      const db = getDb()
      return db.transaction('rw', table(), async () => {
        const current = await table().get(id)
        if (!current) throw new Error(`No record ${id} in ${tableName}`)
        const next = compact({ ...current, ...changes, id, projectId: current.projectId } as T)
        assertValid(check(next, today))
        await table().put(next)
        return next
      })
    },
    async remove(id) {
      await table().delete(id)
    },
  }
}

/** Newest first by a date field (records without it last), then by id so the order never wobbles. */
export function newestFirst<T extends ProjectRecord>(dateOf: (record: T) => string | undefined): (a: T, b: T) => number {
  return (a, b) => {
    const da = dateOf(a) ?? ''
    const db = dateOf(b) ?? ''
    if (da !== db) return da < db ? 1 : -1
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  }
}
