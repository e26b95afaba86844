import { defineStore } from 'pinia'
import { shallowRef } from 'vue'

/** Today's calendar date on this device, `YYYY-MM-DD`, local time. The one place the app reads the clock. */
export function todayIso(now = new Date()): string {
  const y = now.getFullYear()
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

/**
 * The one `today` of the whole app: every store reads it from here, so all screens turn over at midnight together.
 * A check every minute and one each time the app comes back to the screen (a sleeping phone pauses timers).
 */
export const useClockStore = defineStore('clock', () => {
  /** Today's date on this device; turns over at midnight while the app stays open. */
  const today = shallowRef(todayIso())

  /** Reads the clock again: a new day replaces `today`. */
  function tick(): void {
    const now = todayIso()
    if (now !== today.value) today.value = now
  }

  setInterval(tick, 60_000)
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', tick)

  return { today, tick }
})
