import { describe, expect, it } from 'vitest'
import { BACKUP_TABLES } from '@/db/backup'
import { readBackup } from '@/db/backup-read'
import { readRestorePoint, restoreBackup, restoreRestorePoint } from '@/db/backup-restore'
import { getDb } from '@/db/database'
import { loadProjectFacts } from '@/db/facts'
import { computeReminders } from '@/domain/reminders'
import { dumpDatabase, realExport, seedDevice, TODAY } from './backup-support'

const blob = (text: string) => new Blob([text], { type: 'application/json' })
type Row = Record<string, unknown>

async function rows(): Promise<Record<string, Row[]>> {
  const db = getDb()
  const all = await Promise.all(BACKUP_TABLES.map((name) => db.table(name).toArray()))
  return Object.fromEntries(BACKUP_TABLES.map((name, at) => [name, all[at] as Row[]]))
}

/** Every reminder of a project as the person sees it: kind, date, state (the ids differ after keep-both). */
async function remindersOf(projectId: string) {
  const facts = await loadProjectFacts(projectId)
  return computeReminders(facts!, TODAY)
    .map((r) => `${r.kind} ${r.due} ${r.state}`)
    .sort()
}

describe('restoring a backup', () => {
  it('previews what the file holds and writes nothing', async () => {
    await seedDevice()
    const text = await realExport()
    const before = await dumpDatabase()
    const preview = await readBackup(blob(text), undefined, { today: TODAY })
    expect(preview).toMatchObject({ formatVersion: 2, appVersion: __APP_VERSION__, exportedAt: '2026-12-02T09:30:00.000Z', encrypted: false })
    expect(preview.projects).toHaveLength(2)
    expect(preview.projects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pcswName: 'CPAS de Namur', municipality: 'Namur', letters: 6 }),
        expect.objectContaining({ pcswName: 'OCMW Gent', municipality: 'Gent', letters: 1 }),
      ]),
    )
    expect(preview.projects.reduce((n, p) => n + p.steps, 0)).toBe(preview.counts.steps)
    expect(preview.counts.steps).toBeGreaterThan(0)
    expect(await dumpDatabase()).toBe(before)
  })

  it('replace: an empty device holds everything the file held, and keeps its own settings', async () => {
    await seedDevice()
    const text = await realExport()
    const exported = await rows()
    await getDb().delete()
    await getDb().open()
    await getDb().settings.put({ key: 'persistAsked', value: true })
    await restoreBackup(await readBackup(blob(text), undefined, { today: TODAY }), 'replace')
    const restored = await rows()
    for (const table of BACKUP_TABLES) {
      if (table === 'settings') continue
      expect(restored[table], table).toEqual(exported[table])
    }
    expect(restored.settings!).toContainEqual({ key: 'persistAsked', value: true })
    expect(restored.settings!.filter((s) => s.key !== 'persistAsked')).toEqual(exported.settings!.filter((s) => s.key !== 'persistAsked'))
    expect(await readRestorePoint()).toBeUndefined()
  })

  it('replace keeps what was there as a restore point, which puts it back (and can itself be undone)', async () => {
    await seedDevice()
    const original = await rows()
    const text = await realExport()
    const other = JSON.parse(text) as { data: Record<string, Row[]> }
    // A file with one project only: the second one of the device.
    const keep = other.data.projects![1]!.id
    for (const table of BACKUP_TABLES)
      other.data[table] = other.data[table]!.filter((row) => (table === 'projects' ? row.id === keep : table === 'settings' ? String(row.key).endsWith(String(keep)) : row.projectId === keep))
    await restoreBackup(await readBackup(blob(JSON.stringify(other)), undefined, { today: TODAY }), 'replace')
    expect((await rows()).projects).toHaveLength(1)
    expect((await readRestorePoint())?.contents.data.projects).toHaveLength(2)
    await restoreRestorePoint(TODAY)
    const back = await rows()
    for (const table of BACKUP_TABLES) if (table !== 'settings') expect(back[table], table).toEqual(original[table])
    expect((await readRestorePoint())?.contents.data.projects).toHaveLength(1)
  })

  it('keep both: nothing there changes, the file comes in beside under new ids, and its marks find their reminders', async () => {
    await seedDevice()
    const before = await rows()
    const text = await realExport()
    const { projectIds } = await restoreBackup(await readBackup(blob(text), undefined, { today: TODAY }), 'keep-both')
    const after = await rows()
    for (const table of BACKUP_TABLES) {
      for (const row of before[table]!) expect(after[table], table).toContainEqual(row)
      if (table !== 'settings') expect(after[table], table).toHaveLength(2 * before[table]!.length)
    }
    const oldIds = new Set(BACKUP_TABLES.flatMap((t) => before[t]!.map((r) => r.id)))
    const added = BACKUP_TABLES.flatMap((t) => after[t]!.filter((r) => !before[t]!.some((b) => b.id === r.id && t !== 'settings')))
    for (const row of added) if (row.id !== undefined) expect(oldIds.has(row.id)).toBe(false)
    // Who is writing and the current project are the device's own: unchanged, not doubled.
    expect(after.settings!.filter((s) => s.key === 'currentProjectId')).toEqual(before.settings!.filter((s) => s.key === 'currentProjectId'))
    const originals = before.projects!.map((p) => p.id as string)
    expect(projectIds).toHaveLength(originals.length)
    for (const [at, id] of projectIds.entries()) {
      expect(await remindersOf(id)).toEqual(await remindersOf(originals[at]!))
      expect(after.settings).toContainEqual(expect.objectContaining({ key: `reflectionPosition:${id}` }))
    }
    // The marks of the file were there to be found: some reminder is seen or done.
    expect((await remindersOf(projectIds[0]!)).some((r) => / (seen|done)$/.test(r))).toBe(true)
  })

  it('a write that fails half-way changes nothing', async () => {
    await seedDevice()
    const preview = await readBackup(blob(await realExport()), undefined, { today: TODAY })
    const before = await dumpDatabase()
    // The same photo twice: the last table's bulkAdd fails after every other table was written.
    const photos = preview.data.photos
    expect(photos.length).toBeGreaterThan(0)
    const broken = { data: { ...preview.data, photos: [...photos, photos[0]!] } }
    await expect(restoreBackup(broken, 'replace')).rejects.toThrow()
    expect(await dumpDatabase()).toBe(before)
    await expect(restoreBackup({ data: { ...preview.data, trips: [...preview.data.trips, preview.data.trips[0]!] } }, 'keep-both')).rejects.toThrow()
    expect(await dumpDatabase()).toBe(before)
  })

  it('a file from before issue 11 opens: a mark with a day in its id gets the id without it', async () => {
    await seedDevice()
    const preview = await readBackup(blob(await realExport()), undefined, { today: TODAY })
    const projectId = (preview.data.projects[0] as { id: string }).id
    const old = (reminderId: string, on: string) => ({ id: `${projectId}:${reminderId}`, projectId, reminderId, state: 'seen' as const, on })
    const reminderMarks = [old(`backup-due:${projectId}:first`, '2026-01-02'), old(`backup-due:${projectId}:2026-10-01`, '2026-11-20')]
    await restoreBackup({ data: { ...preview.data, reminderMarks } }, 'replace')
    expect(await getDb().reminderMarks.toArray()).toEqual([{ ...old(`backup-due:${projectId}`, '2026-11-20') }])
  })
})
