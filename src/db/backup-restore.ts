import { BACKUP_TABLES, DEVICE_SETTINGS, readContents, RESTORE_POINT_INFO_KEY, RESTORE_POINT_KEY, type BackupContents, type BackupTable } from './backup'

const RESTORE_POINT_KEYS = [RESTORE_POINT_KEY, RESTORE_POINT_INFO_KEY]
import { checkBackupData } from './backup-check'
import type { BackupPreview } from './backup-read'
import { getDb } from './database'
import { newId, nowIso } from './ids'
import type { IsoDate, ReminderMark } from '@/domain/model'
import { currentMarks } from './reminder-marks'

/**
 * Writing a checked backup into the database (issue 10), in one transaction: all in, or nothing changed.
 * - `replace`: what the device held is kept first as the restore point (in the app's storage, not a download), then
 *   every table is emptied and filled from the file; this device's own settings stay.
 * - `keep-both`: the file's projects are added beside what is there, every row under a new id and every reference
 *   rewritten; nothing already there changes (the current project and who is writing stay as they were).
 */

type Row = Record<string, unknown>
export type RestoreMode = 'replace' | 'keep-both'

export interface RestoreResult {
  /** The projects as they now stand in the database (new ids after `keep-both`). */
  projectIds: string[]
}

/** What `replace` keeps of the device before it writes: restorable from Settings until the next `replace`. */
export interface RestorePoint {
  /** ISO instant. */
  savedAt: string
  contents: BackupContents
}

const REFERENCE_FIELDS = ['projectId', 'objectiveId', 'partnerId', 'contractId', 'fromAnswerId', 'ownerId'] as const
/** Settings that belong to one project (`<name>:<projectId>`): they follow their project. */
const PER_PROJECT_SETTINGS = ['reflectionPosition', 'lastExportOn']

export async function restoreBackup(preview: Pick<BackupPreview, 'data'>, mode: RestoreMode): Promise<RestoreResult> {
  const data = withCurrentMarks(preview.data)
  return mode === 'replace' ? replaceAll(data) : addBeside(data)
}

/** Marks under the reminder ids this version writes (see `currentMarks`): a file from before issue 11 still opens. */
function withCurrentMarks(data: BackupContents['data']): BackupContents['data'] {
  return { ...data, reminderMarks: currentMarks(data.reminderMarks as ReminderMark[]) }
}

function tablesOf() {
  const db = getDb()
  return { db, tables: BACKUP_TABLES.map((name) => db.table<Row>(name)) }
}

async function replaceAll(data: BackupContents['data']): Promise<RestoreResult> {
  const { db, tables } = tablesOf()
  await db.transaction('rw', tables, async () => {
    const savedAt = nowIso()
    const point: RestorePoint | undefined = (await db.projects.count()) > 0 ? { savedAt, contents: await readContents(savedAt) } : undefined
    const keep = (await db.settings.toArray()).filter((row) => DEVICE_SETTINGS.has(row.key) && (point === undefined || !RESTORE_POINT_KEYS.includes(row.key)))
    // Every table at once: IndexedDB queues the requests in order within the transaction.
    await Promise.all(tables.map((table) => table.clear()))
    const pointRows = point ? [{ key: RESTORE_POINT_KEY, value: point }, { key: RESTORE_POINT_INFO_KEY, value: { savedAt } }] : []
    await Promise.all([
      db.settings.bulkAdd([...keep, ...pointRows]),
      ...BACKUP_TABLES.map((name) => db.table<Row>(name).bulkAdd(data[name] as Row[])),
    ])
  })
  return { projectIds: (data.projects as Row[]).map((p) => p.id as string) }
}

async function addBeside(data: BackupContents['data']): Promise<RestoreResult> {
  const renamed = withNewIds(data)
  const { db, tables } = tablesOf()
  await db.transaction('rw', tables, async () => {
    // bulkAdd, not bulkPut: a clash (it cannot happen with new ids) would abort rather than overwrite.
    await Promise.all(BACKUP_TABLES.map((name) => db.table<Row>(name).bulkAdd(renamed[name])))
  })
  return { projectIds: renamed.projects.map((p) => p.id as string) }
}

/** Every row under a new id, every reference and composite id rewritten to match. */
export function withNewIds(data: BackupContents['data']): Record<BackupTable, Row[]> {
  const tables = data as unknown as Record<BackupTable, Row[]>
  const ids = new Map<string, string>()
  for (const name of BACKUP_TABLES)
    if (name !== 'settings' && name !== 'reflections' && name !== 'reminderMarks') for (const row of tables[name]) ids.set(row.id as string, newId())
  const newProject = (id: unknown) => ids.get(id as string) ?? (id as string)
  // An answer's id is `projectId:question`: objectives drawn from it point at that.
  for (const answer of tables.reflections) ids.set(answer.id as string, `${newProject(answer.projectId)}:${String(answer.question)}`)
  // Reminder ids embed the ids of their records (`step-due:<step>`, `evaluation-due:<contract>:<year>:<n>`).
  const inSegments = (text: string) => text.split(':').map((part) => ids.get(part) ?? part).join(':')

  const out = {} as Record<BackupTable, Row[]>
  for (const name of BACKUP_TABLES) {
    if (name === 'settings') continue
    out[name] = tables[name].map((row) => {
      const next: Row = { ...row, id: ids.get(row.id as string) }
      for (const field of REFERENCE_FIELDS) if (typeof row[field] === 'string') next[field] = ids.get(row[field]) ?? row[field]
      if (name === 'reminderMarks') {
        next.reminderId = inSegments(row.reminderId as string)
        next.id = `${String(next.projectId)}:${String(next.reminderId)}`
      }
      return next
    })
  }
  out.settings = (tables.settings as { key: string; value: unknown }[])
    .filter(({ key }) => PER_PROJECT_SETTINGS.includes(key.split(':')[0] ?? ''))
    .map(({ key, value }) => ({ key: inSegments(key), value }))
  return out
}

/** The copy `replace` kept of what was there before, if there is one. */
export async function readRestorePoint(): Promise<RestorePoint | undefined> {
  return (await getDb().settings.get(RESTORE_POINT_KEY))?.value as RestorePoint | undefined
}

/**
 * Puts back what was there before the last `replace` (checked like any file); what is there now becomes the
 * restore point in turn, so this too can be undone.
 */
export async function restoreRestorePoint(today: IsoDate): Promise<RestoreResult> {
  const point = await readRestorePoint()
  if (!point) throw new Error('No restore point')
  return replaceAll(checkBackupData(point.contents.data, today))
}
