import { forgetKey } from '@/db/lock'

/**
 * Auto-lock (issue 11): after `idleMs` without a touch, a key or a scroll, or once the app comes back after being
 * hidden that long, the key is forgotten and the page reloads: every decrypted byte goes with the page, and the
 * lock screen comes back. What a form held is already in the encrypted drafts table (written at each keystroke),
 * and the address keeps the open form: it comes back with its text after unlocking.
 */
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'scroll'] as const
let idle = 0
let lastUse = Date.now()
let timer: ReturnType<typeof setTimeout> | undefined
let listening = false

export function lockNow(): void {
  forgetKey()
  location.reload()
}

function check(): void {
  clearTimeout(timer)
  if (idle <= 0) return
  const left = lastUse + idle - Date.now()
  if (left <= 0) return lockNow()
  // Timers sleep while the page is hidden: the check on coming back catches that case.
  timer = setTimeout(check, Math.min(left, 15_000))
}

const used = () => {
  lastUse = Date.now()
}
const shown = () => {
  if (document.visibilityState === 'visible') check()
}

/** Starts (or sets the time of) the auto-lock; 0 stops it. */
export function startAutoLock(idleMs: number): void {
  idle = idleMs
  lastUse = Date.now()
  if (!listening && idleMs > 0) {
    listening = true
    for (const type of ACTIVITY) window.addEventListener(type, used, { passive: true, capture: true })
    document.addEventListener('visibilitychange', shown)
  }
  check()
}

export function stopAutoLock(): void {
  startAutoLock(0)
}
