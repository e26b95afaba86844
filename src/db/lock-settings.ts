/**
 * The lock's own settings (issue 11), the only rows of the settings table that stay plain with the lock on: the
 * app must read them before it has the key. Neither says anything about the person.
 */

/** How the key is derived and checked: `LockConfig`. Absent: the lock is off. */
export const LOCK_SETTING = 'device:lock'
/** The wrong tries in a row and until when the next one waits: `LockWait`. */
export const LOCK_WAIT_SETTING = 'device:lock-wait'

export const keepsPlain = (table: string, key: unknown): boolean => table === 'settings' && (key === LOCK_SETTING || key === LOCK_WAIT_SETTING)

export interface LockConfig {
  kdf: 'PBKDF2'
  hash: 'SHA-256'
  iterations: number
  /** Base64, 16 random bytes. */
  salt: string
  /** Base64 SHA-256 of 256 more bits derived beside the key: tells a wrong passphrase without trying the data. */
  check: string
  /** A PIN (digits only) or a passphrase: the lock screen shows the matching keyboard. */
  pin: boolean
  /** Minutes without use (or hidden) after which the app locks itself; absent: 5. */
  idleMinutes?: number
}

export interface LockWait {
  /** Wrong tries in a row. */
  failures: number
  /** Epoch milliseconds before which no try is taken. */
  until: number
}
