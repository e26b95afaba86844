/**
 * Hands a file made on the device to the person: the phone's share sheet where the browser can share files
 * (Web Share API level 2: `navigator.canShare({ files })`), else a download of a Blob URL through an
 * `<a download>`. Nothing is sent anywhere by the app itself. Reusable by any export (calendar file, backup).
 */

/** What became of the file. `cancelled`: the person closed the share sheet. */
export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled'

/** The file as the Web Share API and a download both take it. */
export function makeFile(name: string, type: string, content: BlobPart): File {
  return new File([content], name, { type })
}

/** True where this browser can put this file in the phone's share sheet. */
export function canShareFile(file: File): boolean {
  try {
    return typeof navigator.canShare === 'function' && typeof navigator.share === 'function' && navigator.canShare({ files: [file] })
  } catch {
    return false
  }
}

/** Saves the file through the browser's download (Blob URL, `<a download>`); the URL is let go once started. */
export function downloadFile(file: File): ShareOutcome {
  const url = URL.createObjectURL(file)
  const link = document.createElement('a')
  link.href = url
  link.download = file.name
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the URL after the click returns: let it go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return 'downloaded'
}

/** Opens the share sheet with the file. Throws when sharing fails for another reason than the person closing it. */
export async function shareFile(file: File, title?: string): Promise<ShareOutcome> {
  try {
    await navigator.share({ files: [file], ...(title ? { title } : {}) })
    return 'shared'
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled'
    throw error
  }
}

/** Shares the file where the browser can, else (or when sharing is refused for another reason) downloads it. */
export async function shareOrDownload(file: File, title?: string): Promise<ShareOutcome> {
  if (!canShareFile(file)) return downloadFile(file)
  // No app to take it, a policy: the download still works.
  return shareFile(file, title).catch(() => downloadFile(file))
}

/** The helpers, for a component's setup. */
export function useShareFile() {
  return { makeFile, canShareFile, downloadFile, shareFile, shareOrDownload }
}
