import { onScopeDispose, shallowRef, getCurrentScope } from 'vue'

/** Today's calendar date on this device, `YYYY-MM-DD`, local time. The one place the UI reads the clock. */
export function todayIso(now = new Date()): string {
  const y = now.getFullYear()
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

/** Today as a ref that turns over at midnight while the app stays open. */
export function useToday() {
  const today = shallowRef(todayIso())
  const timer = setInterval(() => {
    const now = todayIso()
    if (now !== today.value) today.value = now
  }, 60_000)
  if (getCurrentScope()) onScopeDispose(() => clearInterval(timer))
  return today
}
