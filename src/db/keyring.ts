import type { DBCoreTransaction } from 'dexie'
import type { AtRestKeys } from './at-rest'

/**
 * The keys of one database for the at-rest layer (at-rest.ts), held in memory only: `plain` (no lock), `locked`
 * (the lock is on and its key is not in memory: sealed rows are refused, and every write), or open with its
 * non-extractable key. A re-encryption gives its own transaction other keys (`during`): it reads with the old key
 * and writes with the new one, while every other transaction keeps the keys of the state.
 */
export type KeyState = { kind: 'plain' } | { kind: 'locked' } | { kind: 'open'; key: CryptoKey }

export class Keyring {
  private overrides = new WeakMap<object, AtRestKeys>()

  /** Called when the database opens with the lock on while the page did not know it (main.ts reloads). */
  onLockFound?: () => void

  constructor(public state: KeyState = { kind: 'locked' }) {}

  keysFor(trans: DBCoreTransaction): AtRestKeys {
    const during = this.overrides.get(trans)
    if (during) return during
    const { state } = this
    if (state.kind === 'plain') return { seal: null }
    if (state.kind === 'locked') return { seal: undefined }
    return { open: state.key, seal: state.key }
  }

  /** Gives one transaction (its IDBTransaction, which is what the at-rest layer sees) its own keys. */
  during(trans: object, keys: AtRestKeys): void {
    this.overrides.set(trans, keys)
  }
}
