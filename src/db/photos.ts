import type { Photo, PhotoOwnerTable } from '@/domain/model'
import { photoKind } from '@/domain/records/photo'
import { getDb } from './database'
import { newId, nowIso } from './ids'
import { checked } from './repository'

/**
 * Photos of letters (issue 16, item 12), each beside the record it belongs to: a decision, a formal notice or the
 * contract. A photo is added or removed, never changed; it goes with its record (repository.ts `remove`) and with
 * its project (PROJECT_TABLES).
 */

/** The image as the device made it smaller (src/composables/usePhotoCapture.ts). */
export type PhotoImage = Pick<Photo, 'dataUrl' | 'width' | 'height'>

/** The photos of one record, in the order they were added. */
export async function listPhotos(ownerId: string): Promise<Photo[]> {
  return (await getDb().photos.where('ownerId').equals(ownerId).toArray()).sort(photoKind.order)
}

/** Adds a photo to a record of the project; refuses a record that is not there or belongs to another project. */
export async function addPhoto(projectId: string, ownerTable: PhotoOwnerTable, ownerId: string, image: PhotoImage): Promise<Photo> {
  const db = getDb()
  const owners = db.table<{ id: string; projectId: string }, string>(ownerTable)
  return db.transaction('rw', owners, db.photos, async () => {
    const owner = await owners.get(ownerId)
    if (!owner || owner.projectId !== projectId) throw new Error(`No ${ownerTable} ${ownerId} in project ${projectId}`)
    const photo = checked(photoKind, { ...image, id: newId(), projectId, ownerTable, ownerId, addedAt: nowIso() }, { today: '' })
    await db.photos.add(photo)
    return photo
  })
}

/** Removes one photo (a blurred one, the wrong page). */
export async function removePhoto(id: string): Promise<void> {
  await getDb().photos.delete(id)
}
