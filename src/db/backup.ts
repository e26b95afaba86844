import { getDb, PROJECT_TABLES } from './database'
import { seal } from './backup-crypto'
import { lastExportKey } from './facts'
import { LOCK_SETTING, LOCK_WAIT_SETTING } from './lock-settings'
import type { IsoDate } from '@/domain/model'

/**
 * The backup file (issue 10): the whole database but drafts, as one JSON file the person keeps or takes to another
 * device. This file writes it; backup-read.ts reads and checks one, backup-restore.ts writes it into the database.
 */

export const BACKUP_FORMAT = 'isip-own-backup'
/** Raised with every change of the file's shape; a reader upgrades older versions and refuses newer ones. */
export const BACKUP_FORMAT_VERSION = 2

/** Every table a backup holds, in the order of the file. */
export const BACKUP_TABLES = ['projects', ...PROJECT_TABLES, 'settings'] as const
export type BackupTable = (typeof BACKUP_TABLES)[number]

/** Where `replace` keeps what the device held before (backup-restore.ts), and beside it, small, when. */
export const RESTORE_POINT_KEY = 'restorePoint'
export const RESTORE_POINT_INFO_KEY = 'restorePointInfo'
/** Settings that belong to this device, not to the person: they never travel with a file. */
export const DEVICE_SETTINGS: ReadonlySet<string> = new Set(['persistAsked', RESTORE_POINT_KEY, RESTORE_POINT_INFO_KEY, LOCK_SETTING, LOCK_WAIT_SETTING])

export interface BackupContents {
  appVersion: string
  /** ISO instant. */
  exportedAt: string
  data: Record<BackupTable, unknown[]>
}

/** A plain file: the header and the data, readable by anyone who has it. */
export interface PlainBackup extends BackupContents {
  format: typeof BACKUP_FORMAT
  formatVersion: number
}

/** Every table as it stands, in one read transaction (a consistent copy), drafts and device settings left out. */
export async function readContents(exportedAt: string): Promise<BackupContents> {
  const db = getDb()
  const tables = BACKUP_TABLES.map((name) => db.table(name))
  const rows = await db.transaction('r', tables, () => Promise.all(tables.map((table) => table.toArray())))
  const data = Object.fromEntries(BACKUP_TABLES.map((name, at) => [name, rows[at]])) as Record<BackupTable, unknown[]>
  data.settings = (data.settings as { key: string }[]).filter((row) => !DEVICE_SETTINGS.has(row.key))
  return { appVersion: __APP_VERSION__, exportedAt, data }
}

/**
 * The backup file. With a passphrase (an empty one counts as none), only the envelope stays readable: the
 * format, its version and the encryption's parameters; the app version, the date and the data are ciphertext.
 */
export async function createBackup(options: { passphrase?: string; now?: Date } = {}): Promise<Blob> {
  const contents = await readContents((options.now ?? new Date()).toISOString())
  const header = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION } as const
  const body = options.passphrase
    ? { ...header, ...(await seal(JSON.stringify(contents), options.passphrase)) }
    : ({ ...header, ...contents } satisfies PlainBackup)
  return new Blob([JSON.stringify(body)], { type: 'application/json' })
}

/** The file's name: the date only, never the person's name (`isip-2026-12-02.json`). */
export const backupFileName = (today: IsoDate): string => `isip-${today}.json`

/** Notes that every project was copied today: the `backup-due` reminder follows it. */
export async function recordExport(today: IsoDate): Promise<void> {
  const db = getDb()
  await db.transaction('rw', [db.projects, db.settings], async () => {
    const ids = (await db.projects.toCollection().primaryKeys()) as string[]
    await db.settings.bulkPut(ids.map((id) => ({ key: lastExportKey(id), value: today })))
  })
}
