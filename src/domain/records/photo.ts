import * as v from 'valibot'
import type { Photo } from '../model'
import { PHOTO_LONGEST_SIDE, PHOTO_MAX_CHARS } from '../photo-size'
import { id, oneOf, type RecordKind } from '../validation'

/** A JPEG as a data URL, base64 (what the device writes; nothing else is read back from a file). */
const JPEG_DATA_URL = /^data:image\/jpeg;base64,[A-Za-z0-9+/]+={0,2}$/

const side = v.pipe(v.number('invalid'), v.integer('invalid'), v.minValue(1, 'invalid'), v.maxValue(PHOTO_LONGEST_SIDE, 'invalid'))

/** A photo of a letter: a JPEG made on the device, no side above 1600 px, belonging to a decision, notice or contract. */
export const photoKind: RecordKind<Photo> = {
  schema: () =>
    v.object({
      id,
      projectId: id,
      ownerTable: oneOf(['decisions', 'notices', 'contracts'], 'invalid'),
      ownerId: id,
      dataUrl: v.pipe(v.string('invalid'), v.maxLength(PHOTO_MAX_CHARS, 'invalid'), v.regex(JPEG_DATA_URL, 'invalid')),
      width: side,
      height: side,
      addedAt: id,
    }),
  // In the order they were added, so page 1 of a letter stays before page 2.
  order: (a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
}
