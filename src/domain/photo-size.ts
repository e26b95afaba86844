/**
 * How big a photo of a letter is kept (issue 16, item 12). A phone's camera takes 12 megapixels or more (4000 ×
 * 3000, several MB); a letter stays readable at 1600 px on its longest side as a JPEG of quality 0.8 (about
 * 200–400 kB), so the device and the backup file hold dozens of letters rather than a few.
 */

/** The longest side a photo is kept at, in pixels. */
export const PHOTO_LONGEST_SIDE = 1600
/** The JPEG quality the photo is written with (0–1). */
export const PHOTO_QUALITY = 0.8
/**
 * The most a stored photo may weigh, as its data URL (characters): far above what 1600 px at 0.8 makes, so only a
 * damaged or foreign file reaches it.
 */
export const PHOTO_MAX_CHARS = 4 * 1024 * 1024

/**
 * The size a picture of `width` × `height` is kept at: its longest side at most `longest`, its proportions kept,
 * never enlarged, each side a whole number of pixels and at least 1.
 */
export function fitWithin(width: number, height: number, longest = PHOTO_LONGEST_SIDE): { width: number; height: number } {
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) throw new RangeError(`Not a picture size: ${width} × ${height}`)
  const scale = Math.min(1, longest / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}
