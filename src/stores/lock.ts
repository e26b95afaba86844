/**
 * The lock (issue 11) for the screens: the lock screen and Settings read and change it through here. Not a Pinia
 * store: the lock screen runs before the app (and its Pinia) exists, and the lock's state lives in the database's
 * keyring, not in a component.
 */
export { changePassphrase, DEFAULT_IDLE_MINUTES, IDLE_CHOICES, lockState, readLockConfig, readLockWait, setIdleMinutes, turnOff, turnOn, unlock } from '@/db/lock'
export type { CheckedChange } from '@/db/lock'
