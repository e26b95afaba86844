import { defineStore } from 'pinia'
import { downscaleImage } from '@/composables/photoImage'
import { useLiveQuery, type LiveQuery } from '@/composables/useLiveQuery'
import { addPhoto, listPhotos, removePhoto } from '@/db/photos'
import type { Photo, PhotoOwnerTable } from '@/domain/model'
import { useProjectStore } from './project'

/**
 * Photos of letters (issue 16, item 12): a decision, a formal notice or the contract can carry photos of the paper,
 * made smaller on the device and kept beside the record (removed with it, and in the backup file).
 */
export const usePhotosStore = defineStore('photos', () => {
  const projectStore = useProjectStore()

  /**
   * The photos of one record, live, in the order they were added. Called from a component's setup: the query
   * stops with the component (a project's photos are never all held in memory at once).
   */
  function photosOf(ownerId: string): LiveQuery<Photo[]> {
    return useLiveQuery(() => listPhotos(ownerId), [] as Photo[])
  }

  /**
   * Makes the picture smaller on the device, then keeps it beside the record. Rejects with UnreadableImageError
   * for a file that is not a picture, and with the browser's error when the storage is full (nothing is kept).
   */
  async function add(ownerTable: PhotoOwnerTable, ownerId: string, file: Blob): Promise<Photo> {
    const image = await downscaleImage(file)
    return addPhoto(projectStore.currentId(), ownerTable, ownerId, image)
  }

  /** Removes one photo (a blurred one, the wrong page). */
  const remove = (id: string): Promise<void> => removePhoto(id)

  return { photosOf, add, remove }
})
