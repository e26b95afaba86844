import { UNSAVED_ID } from '@/domain/forms'
import { withEdit } from '@/domain/authorship'
import type { Author, Authored, IsoDate } from '@/domain/model'
import { assertValid, ChangedElsewhereError, checkRecord, prepare, sameData, type CheckContext, type RecordKind } from '@/domain/validation'
import { getDb, PROJECT_TABLES } from './database'
import { newId } from './ids'

/** A record that belongs to one project. */
export interface ProjectRecord {
  id: string
  projectId: string
}

/** The fields a caller gives: everything but the ids. */
export type RecordFields<T extends ProjectRecord> = Omit<T, 'id' | 'projectId'>

/** The tables of one project's records (every one but the settings and drafts). */
export type ProjectTableName = (typeof PROJECT_TABLES)[number]

export interface ProjectRecords<T extends ProjectRecord> {
  /** The project's records, in the kind's order. */
  list(projectId: string): Promise<T[]>
  /** Adds a record after checking it; refuses an unknown project. An ordered kind's record goes to the end. */
  add(projectId: string, fields: RecordFields<T>, today: IsoDate): Promise<T>
  /**
   * Saves changes (an `undefined` or blank value clears that field) after checking the whole record. With
   * `expected` (the record as the form that saves it first saw it), refuses a record changed since. With `writer`
   * (a record that keeps who wrote it), a change that alters anything is recorded as theirs, on `today`.
   */
  update(id: string, changes: Partial<RecordFields<T>>, today: IsoDate, expected?: T, writer?: Author): Promise<T>
  /** Adds a record its form has not saved yet (`UNSAVED_ID`), else saves it over the stored one (see `update`). */
  save(projectId: string, record: T, today: IsoDate, expected?: T): Promise<T>
  /** Removes one record (a record typed by mistake), and the photos that belong to it. */
  remove(id: string): Promise<void>
}

/** The record as it will be stored: prepared by its kind, refused (ValidationError) when it does not pass its checks. */
export function checked<T, C extends CheckContext>(kind: RecordKind<T, C>, record: T, context: C): T {
  const ready = prepare(kind, record)
  assertValid(checkRecord(kind, ready, context))
  return ready
}

/** Refuses a write over a record that changed since `expected` was read (another tab, another hand). */
export function assertUnchanged<T>(current: T | undefined, expected: T | undefined): void {
  if (expected !== undefined && !sameData(current, expected)) throw new ChangedElsewhereError(current)
}

/**
 * The one way a project's records go in and out of a table: every write checks the whole record with its kind
 * (src/domain/records/) and runs in one transaction with the check that the project or the record exists.
 * `ordered` kinds keep the person's order in an `order` field (a new record goes last).
 */
export function projectRecords<T extends ProjectRecord>(tableName: ProjectTableName, kind: RecordKind<T>, options: { ordered?: boolean } = {}): ProjectRecords<T> {
  const table = () => getDb().table<T, string>(tableName)
  async function nextOrder(projectId: string): Promise<number> {
    const all = (await table().where('projectId').equals(projectId).toArray()) as (T & { order?: number })[]
    return all.reduce((max, r) => Math.max(max, r.order ?? -1), -1) + 1
  }
  return {
    async list(projectId) {
      const all = await table().where('projectId').equals(projectId).toArray()
      return kind.order ? all.sort(kind.order) : all
    },
    async add(projectId, fields, today) {
      const db = getDb()
      return db.transaction('rw', db.projects, table(), async () => {
        if (!(await db.projects.get(projectId))) throw new Error(`No project ${projectId}`)
        const order = options.ordered ? { order: await nextOrder(projectId) } : {}
        const record = checked(kind, { ...fields, ...order, id: newId(), projectId } as T, { today })
        await table().add(record)
        return record
      })
    },
    async update(id, changes, today, expected, writer) {
      return getDb().transaction('rw', table(), async () => {
        const current = await table().get(id)
        if (!current) throw new Error(`No record ${id} in ${tableName}`)
        assertUnchanged(current, expected)
        const merged = { ...current, ...changes, id, projectId: current.projectId }
        // Saving without a change keeps the record as it was: nobody changed it.
        const changed = writer !== undefined && !sameData(prepare(kind, merged), current)
        const authorship = changed ? withEdit(current as unknown as Authored, writer, today) : {}
        const next = checked(kind, { ...merged, ...authorship }, { today })
        await table().put(next)
        return next
      })
    },
    save(projectId, record, today, expected) {
      const { id, projectId: _project, ...fields } = record
      return id === UNSAVED_ID ? this.add(projectId, fields, today) : this.update(id, fields as Partial<RecordFields<T>>, today, expected)
    },
    async remove(id) {
      // The photos of a letter go with it, in the same transaction (issue 16, item 12).
      const db = getDb()
      await db.transaction('rw', table(), db.photos, async () => {
        await db.photos.where('ownerId').equals(id).delete()
        await table().delete(id)
      })
    },
  }
}

/**
 * Moves a record one place up (-1) or down (+1) in the person's order by swapping its `order` with its
 * neighbour's, in one transaction. Returns its new position (0-based); at either end nothing changes.
 */
export async function moveInOrder(tableName: 'objectives' | 'steps', id: string, direction: -1 | 1): Promise<number> {
  const table = getDb().table<ProjectRecord & { order: number }, string>(tableName)
  return getDb().transaction('rw', table, async () => {
    const current = await table.get(id)
    if (!current) throw new Error(`No record ${id} in ${tableName}`)
    const all = await inOrder<ProjectRecord & { order: number }>(tableName, current.projectId)
    const index = all.findIndex((r) => r.id === id)
    const other = all[index + direction]
    if (!other) return index
    await table.bulkPut([
      { ...current, order: other.order },
      { ...other, order: current.order },
    ])
    return index + direction
  })
}

/** Every record of a project in a table that keeps the person's order, in that order (sorted here: `order` is not indexed). */
export async function inOrder<T extends { order: number }>(tableName: 'objectives' | 'steps', projectId: string): Promise<T[]> {
  const all = await getDb().table<T, string>(tableName).where('projectId').equals(projectId).toArray()
  return all.sort((a, b) => a.order - b.order)
}
