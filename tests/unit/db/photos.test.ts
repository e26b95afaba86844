import { describe, expect, it } from 'vitest'
import { readBackup } from '@/db/backup-read'
import { restoreBackup } from '@/db/backup-restore'
import { getDb } from '@/db/database'
import { addPhoto, listPhotos, removePhoto } from '@/db/photos'
import { deleteProject } from '@/db/projects'
import { decisions, notices } from '@/db/records'
import { ValidationError } from '@/domain/validation'
import { realExport, seedDevice, TODAY } from './backup-support'
import { readFixture } from './seeded-database'

const v2 = readFixture(2)
const CURRENT = 'faa2d882-bc34-47a1-b2af-29f34ccfa2a4'
const DECISION = 'ba995a35-ad7b-4401-bfcd-83771594ed9b'
const NOTICE = '81b40b35-6df6-430e-be77-82889c7065c8'
const OTHER_PROJECT_DECISION = 'e43e33d1-4774-46a1-9d1a-77a6ef251bb7'
const image = (width = 1200, height = 1600) => ({ dataUrl: 'data:image/jpeg;base64,/9j/AAAA', width, height })
const blob = (text: string) => new Blob([text], { type: 'application/json' })
type Row = Record<string, unknown>

describe('photos of a letter', () => {
  it('are added to a record of the project and listed with it, in the order added', async () => {
    await seedDevice()
    const before = await listPhotos(NOTICE)
    const first = await addPhoto(CURRENT, 'notices', NOTICE, image())
    const second = await addPhoto(CURRENT, 'notices', NOTICE, image(1600, 1200))
    expect((await listPhotos(NOTICE)).map((p) => p.id)).toEqual([...before.map((p) => p.id), first.id, second.id])
    expect(second).toMatchObject({ projectId: CURRENT, ownerTable: 'notices', ownerId: NOTICE, width: 1600, height: 1200 })
  })

  it('refuses a record of another project, a record that is not there, and an image that is not a small JPEG', async () => {
    await seedDevice()
    const count = await getDb().photos.count()
    await expect(addPhoto(CURRENT, 'decisions', OTHER_PROJECT_DECISION, image())).rejects.toThrow('No decisions')
    await expect(addPhoto(CURRENT, 'decisions', 'nothing', image())).rejects.toThrow('No decisions')
    await expect(addPhoto(CURRENT, 'decisions', DECISION, image(1601, 100))).rejects.toBeInstanceOf(ValidationError)
    await expect(addPhoto(CURRENT, 'decisions', DECISION, { ...image(), dataUrl: 'data:image/png;base64,AAAA' })).rejects.toBeInstanceOf(ValidationError)
    await expect(addPhoto(CURRENT, 'decisions', DECISION, { ...image(), dataUrl: 'javascript:alert(1)' })).rejects.toBeInstanceOf(ValidationError)
    expect(await getDb().photos.count()).toBe(count)
  })

  it('go with their record, and only its own', async () => {
    await seedDevice()
    expect(await listPhotos(DECISION)).toHaveLength(2)
    const others = await getDb().photos.where('ownerId').notEqual(DECISION).count()
    await decisions.remove(DECISION)
    expect(await listPhotos(DECISION)).toEqual([])
    expect(await getDb().photos.count()).toBe(others)
    await notices.remove(NOTICE)
    expect(await listPhotos(NOTICE)).toEqual([])
  })

  it('go one by one, and with their project', async () => {
    await seedDevice()
    const [one] = await listPhotos(DECISION)
    await removePhoto(one!.id)
    expect(await listPhotos(DECISION)).toHaveLength(1)
    await deleteProject(CURRENT)
    expect(await getDb().photos.where('projectId').equals(CURRENT).count()).toBe(0)
    expect(await getDb().photos.count()).toBe(v2.tables.photos!.filter((p) => p.projectId !== CURRENT).length)
  })
})

describe('photos in the backup file', () => {
  it('come back as they were after replace', async () => {
    await seedDevice()
    const added = await addPhoto(CURRENT, 'decisions', DECISION, image())
    const before = await getDb().photos.toArray()
    const text = await realExport()
    expect(text).toContain(added.dataUrl)
    await getDb().photos.clear()
    const preview = await readBackup(blob(text), undefined, { today: TODAY })
    expect(preview.counts.photos).toBe(before.length)
    await restoreBackup(preview, 'replace')
    expect(await getDb().photos.toArray()).toStrictEqual(before)
  })

  it('come back sealed with a passphrase', async () => {
    await seedDevice()
    const before = await getDb().photos.toArray()
    const preview = await readBackup(blob(await realExport({ passphrase: 'long enough passphrase' })), 'long enough passphrase', { today: TODAY })
    await restoreBackup(preview, 'replace')
    expect(await getDb().photos.toArray()).toStrictEqual(before)
  })

  it('kept beside: each photo gets a new id and follows its letter under the letter’s new id', async () => {
    await seedDevice()
    const before = await getDb().photos.toArray()
    const { projectIds } = await restoreBackup(await readBackup(blob(await realExport()), undefined, { today: TODAY }), 'keep-both')
    const copied = await getDb().photos.where('projectId').anyOf(projectIds).toArray()
    expect(copied).toHaveLength(before.length)
    const oldIds = new Set(before.map((p) => p.id))
    for (const photo of copied) {
      expect(oldIds.has(photo.id)).toBe(false)
      const owner = (await getDb().table<Row>(photo.ownerTable).get(photo.ownerId)) as Row | undefined
      expect(owner?.projectId, `${photo.ownerTable} ${photo.ownerId}`).toBe(photo.projectId)
    }
    // The same pictures, on the same kinds of record.
    const picture = (p: { ownerTable: string; dataUrl: string; addedAt: string }) => `${p.ownerTable} ${p.addedAt} ${p.dataUrl.length}`
    expect(copied.map(picture).sort()).toEqual(before.map(picture).sort())
    // What was there is untouched.
    expect(await getDb().photos.where('id').anyOf([...oldIds]).toArray()).toStrictEqual(before)
  })

  it('a file of format 1 (before photos) is read as one without photos', async () => {
    await seedDevice()
    const file = JSON.parse(await realExport()) as { formatVersion: number; data: Record<string, unknown> }
    file.formatVersion = 1
    delete file.data.photos
    const preview = await readBackup(blob(JSON.stringify(file)), undefined, { today: TODAY })
    expect(preview.data.photos).toEqual([])
    expect(preview.counts.decisions).toBeGreaterThan(0)
  })

  it('refuses a photo whose letter is not in the file, or is in another project, or whose image is not a JPEG', async () => {
    await seedDevice()
    const text = await realExport()
    const bad = async (change: (photo: Row) => void) => {
      const file = JSON.parse(text) as { data: { photos: Row[] } }
      change(file.data.photos[0]!)
      return readBackup(blob(JSON.stringify(file)), undefined, { today: TODAY })
    }
    await expect(bad((p) => (p.ownerId = 'nothing'))).rejects.toMatchObject({ code: 'invalid' })
    await expect(bad((p) => (p.ownerId = OTHER_PROJECT_DECISION))).rejects.toMatchObject({ code: 'invalid' })
    await expect(bad((p) => (p.ownerTable = 'steps'))).rejects.toMatchObject({ code: 'invalid' })
    await expect(bad((p) => (p.dataUrl = 'data:text/html;base64,PHNjcmlwdD4='))).rejects.toMatchObject({ code: 'invalid' })
    await expect(bad((p) => (p.width = 0))).rejects.toMatchObject({ code: 'invalid' })
  })
})
