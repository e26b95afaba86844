import { LOCK_HINT_KEY } from '@/db/lock-hint'

/** Calls `changed` when another tab turns the lock on or off or changes it (the hint's token changes). */
export function followLockElsewhere(changed: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === LOCK_HINT_KEY) changed()
  })
}
