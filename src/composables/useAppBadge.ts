import { watch, type WatchSource } from 'vue'

/**
 * Shows a number on the app's icon where the platform has a badge (installed PWAs on Android, Windows, macOS;
 * elsewhere nothing happens): the count while it is above 0, no badge at 0. `undefined` means "not known yet"
 * and leaves the badge as it is, so a loading screen never clears it.
 */
export function useAppBadge(count: WatchSource<number | undefined>): void {
  watch(
    count,
    (n) => {
      if (n === undefined || typeof navigator === 'undefined' || !('setAppBadge' in navigator)) return
      // A refused badge (permission, unsupported context) is not worth an error on screen.
      const done = n > 0 ? navigator.setAppBadge(n) : navigator.clearAppBadge()
      void done?.catch(() => undefined)
    },
    { immediate: true },
  )
}
