/** How a file left the app: through the device's share sheet, as a download, or not at all (the person cancelled). */
export type FileHandOff = 'shared' | 'downloaded' | 'cancelled'

/**
 * Hands a file to the person: the Web Share API with the file where the device has it (Android's share sheet reaches
 * Bluetooth, Nearby Share, mail, a cloud folder), else a download. Nothing is sent anywhere by the app itself.
 */
export async function shareOrDownload(blob: Blob, fileName: string, title: string): Promise<FileHandOff> {
  const file = new File([blob], fileName, { type: blob.type })
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title })
      return 'shared'
    } catch (error) {
      if ((error as Error).name === 'AbortError') return 'cancelled'
      // A share refused for another reason (no app to take it, a policy): the download still works.
    }
  }
  download(blob, fileName)
  return 'downloaded'
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
