import { fitWithin, PHOTO_LONGEST_SIDE, PHOTO_QUALITY } from '@/domain/photo-size'

/**
 * A photo from the camera or the gallery, made smaller on the device (issue 16, item 12): at most 1600 px on its
 * longest side, written as a JPEG of quality 0.8, as a data URL (a string, so a middleware that encrypts records at
 * rest can encrypt it, and the backup file carries it as it is). Nothing is sent anywhere.
 */
export interface PhotoImage {
  dataUrl: string
  width: number
  height: number
}

/** The file is not a picture the browser can read (a PDF, a damaged file, a format it does not know). */
export class UnreadableImageError extends Error {
  constructor(cause?: unknown) {
    super('Not a picture this browser can read', { cause })
    this.name = 'UnreadableImageError'
  }
}

/** The picture, decoded; turned the way the camera held it (EXIF orientation) where the browser can. */
async function decode(file: Blob): Promise<{ source: CanvasImageSource; width: number; height: number; close: () => void }> {
  if (typeof createImageBitmap === 'function') {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
    return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() }
  }
  // Older browsers: through an <img> of an object URL (a local blob: URL, nothing leaves the device).
  const url = URL.createObjectURL(file)
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    return { source: img, width: img.naturalWidth, height: img.naturalHeight, close: () => undefined }
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Makes the picture smaller on the device; rejects with UnreadableImageError for a file that is not one. */
export async function downscaleImage(file: Blob, longest = PHOTO_LONGEST_SIDE): Promise<PhotoImage> {
  let picture: Awaited<ReturnType<typeof decode>>
  try {
    picture = await decode(file)
  } catch (cause) {
    throw new UnreadableImageError(cause)
  }
  try {
    if (!(picture.width > 0 && picture.height > 0)) throw new UnreadableImageError()
    const { width, height } = fitWithin(picture.width, picture.height, longest)
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext('2d')
    if (!context) throw new UnreadableImageError()
    // A white page under a transparent picture (a PNG screenshot): JPEG has no transparency, black would hide the text.
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, width, height)
    context.imageSmoothingQuality = 'high'
    context.drawImage(picture.source, 0, 0, width, height)
    const dataUrl = canvas.toDataURL('image/jpeg', PHOTO_QUALITY)
    if (!dataUrl.startsWith('data:image/jpeg;base64,')) throw new UnreadableImageError()
    return { dataUrl, width, height }
  } finally {
    picture.close()
  }
}
