// A real export to test the reader with: the v2 fixture (every table holds rows) opened with today's code, then
// exported by createBackup. The corpus of bad files is made from it, so it follows the format as it changes.
import { BACKUP_TABLES, createBackup } from '@/db/backup'
import { getDb } from '@/db/database'
import { openSeededDatabase, readFixture } from './seeded-database'

export const TODAY = '2026-12-02'
export const NOW = new Date('2026-12-02T09:30:00.000Z')

/** The device as the v2 fixture (the latest) left it, opened with today's code. */
export async function seedDevice(): Promise<void> {
  await openSeededDatabase(2, readFixture(2))
}

/** The plain backup text of the seeded device. */
export async function realExport(options: { passphrase?: string } = {}): Promise<string> {
  return (await createBackup({ ...options, now: NOW })).text()
}

/** Every table of the database (the backup's and the drafts), each sorted by key: compare before and after. */
export async function dumpDatabase(): Promise<string> {
  const db = getDb()
  const names = [...BACKUP_TABLES, 'drafts'] as const
  const rows = await Promise.all(names.map((name) => db.table(name).toArray()))
  return JSON.stringify(Object.fromEntries(names.map((name, at) => [name, rows[at]])))
}
