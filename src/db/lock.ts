import { deriveKey, fromBase64, MIN_ITERATIONS, toBase64 } from './backup-crypto'
import { getDb, type IsipDatabase } from './database'
import type { KeyState } from './keyring'
import { rememberLockHint } from './lock-hint'
import { LOCK_SETTING, LOCK_WAIT_SETTING, type LockConfig, type LockWait } from './lock-settings'
import type { AtRestKeys } from './at-rest'
import { loadAtRest } from './at-rest-switch'
import { currentMarks } from './reminder-marks'
import type { ReminderMark } from '@/domain/model'

/**
 * The lock (issue 11): a passphrase or a PIN gives the key of the at-rest layer, derived by PBKDF2-SHA-256 (600,000
 * iterations, a random salt) and kept in memory only, as a non-extractable CryptoKey. Turning it on, off or changing
 * it re-encrypts every row in one transaction: all or nothing. A forgotten passphrase cannot be recovered.
 */

export const LOCK_ITERATIONS = MIN_ITERATIONS
/** Wrong tries allowed before each next one waits. */
export const FREE_TRIES = 5
const FIRST_WAIT_MS = 30_000
const LONGEST_WAIT_MS = 24 * 60 * 60 * 1000

/** How long the next try waits after `failures` wrong ones in a row: nothing for five, then 30 s, doubling. */
export function waitAfter(failures: number): number {
  return failures < FREE_TRIES ? 0 : Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES), LONGEST_WAIT_MS)
}

export async function readLockConfig(db: IsipDatabase = getDb()): Promise<LockConfig | undefined> {
  return (await db.settings.get(LOCK_SETTING))?.value as LockConfig | undefined
}

export async function readLockWait(db: IsipDatabase = getDb()): Promise<LockWait> {
  return ((await db.settings.get(LOCK_WAIT_SETTING))?.value as LockWait | undefined) ?? { failures: 0, until: 0 }
}

/** The lock's state in this window: `off`, `locked` (no key in memory) or `open`. */
export async function lockState(db: IsipDatabase = getDb()): Promise<'off' | 'locked' | 'open'> {
  await db.open()
  const { kind } = db.keyring.state
  return kind === 'plain' ? 'off' : kind === 'open' ? 'open' : 'locked'
}

async function derived(secret: string, config: Pick<LockConfig, 'salt' | 'iterations'>) {
  const salt = fromBase64(config.salt)
  if (salt?.length !== 16) throw new Error('The lock’s salt is damaged')
  return deriveKey(secret, salt, config.iterations)
}

export type TryResult = { ok: true; key: CryptoKey } | { ok: false; wrong: boolean; until: number }

/**
 * Checks a passphrase against the lock's setting. A wrong one counts (the count and the wait are kept plain, so a
 * reload does not reset them); while a wait runs no try is taken. A right one clears the count.
 */
async function tryPassphrase(db: IsipDatabase, secret: string, config: LockConfig, now: number): Promise<TryResult> {
  const wait = await readLockWait(db)
  if (now < wait.until) return { ok: false, wrong: false, until: wait.until }
  const { key, check } = await derived(secret, config)
  if (check !== config.check) {
    const failures = wait.failures + 1
    const until = now + waitAfter(failures)
    await db.settings.put({ key: LOCK_WAIT_SETTING, value: { failures, until } satisfies LockWait })
    return { ok: false, wrong: true, until }
  }
  if (wait.failures > 0) await db.settings.delete(LOCK_WAIT_SETTING)
  return { ok: true, key }
}

/** Opens the data with the passphrase: the key stays in this window's memory until it locks or closes. */
export async function unlock(secret: string, now = Date.now(), db: IsipDatabase = getDb()): Promise<TryResult | { ok: true; off: true }> {
  await db.open()
  const config = await readLockConfig(db)
  if (!config) return { ok: true, off: true }
  const result = await tryPassphrase(db, secret, config, now)
  if (result.ok) db.keyring.state = { kind: 'open', key: result.key }
  return result
}

/** Forgets the key: every sealed row is refused until the passphrase is given again. */
export function forgetKey(db: IsipDatabase = getDb()): void {
  if (db.keyring.state.kind === 'open') db.keyring.state = { kind: 'locked' }
}

/**
 * Rewrites every row of every table with `keys` (read with `open`, written with `seal`) and writes the lock's
 * setting, in one transaction: a failure anywhere leaves every row, the setting and the state as they were. While
 * it runs other writes are refused; afterwards the state is `next`.
 */
async function reseal(db: IsipDatabase, keys: AtRestKeys, config: LockConfig | undefined, next: KeyState): Promise<void> {
  await loadAtRest()
  const before = db.keyring.state
  db.keyring.state = { kind: 'locked' }
  try {
    await db.transaction('rw', db.tables, async (tx) => {
      db.keyring.during(tx.idbtrans, keys)
      for (const table of db.tables) {
        const rows: unknown[] = await table.toArray()
        if (table.name === 'reminderMarks') {
          // Old marks carried a date in their id (`backup-due:<project>:<day>`): the ids that stay plain must not.
          await table.clear()
          await table.bulkPut(currentMarks(rows as ReminderMark[]))
        } else await table.bulkPut(rows)
      }
      if (config) await db.settings.put({ key: LOCK_SETTING, value: config })
      else await db.settings.delete(LOCK_SETTING)
      await db.settings.delete(LOCK_WAIT_SETTING)
    })
  } catch (cause) {
    db.keyring.state = before
    throw cause
  }
  db.keyring.state = next
}

async function newConfig(secret: string, pin: boolean): Promise<{ config: LockConfig; key: CryptoKey }> {
  const salt = toBase64(crypto.getRandomValues(new Uint8Array(16)))
  const partial = { kdf: 'PBKDF2', hash: 'SHA-256', iterations: LOCK_ITERATIONS, salt, pin } as const
  const { key, check } = await derived(secret, partial)
  return { config: { ...partial, check }, key }
}

/** Turns the lock on: every row is encrypted under the new passphrase's key, which stays in memory (unlocked). */
export async function turnOn(secret: string, pin: boolean, db: IsipDatabase = getDb()): Promise<void> {
  if ((await lockState(db)) !== 'off') throw new Error('The lock is on already')
  const { config, key } = await newConfig(secret, pin)
  await reseal(db, { seal: key }, config, { kind: 'open', key })
  rememberLockHint(true, true)
}

export type CheckedChange = { ok: true } | { ok: false; wrong: boolean; until: number }

/** Turns the lock off after the passphrase is given again: every row is written plain. */
export async function turnOff(secret: string, now = Date.now(), db: IsipDatabase = getDb()): Promise<CheckedChange> {
  const config = await readLockConfig(db)
  if (!config) return { ok: true }
  const tried = await tryPassphrase(db, secret, config, now)
  if (!tried.ok) return tried
  await reseal(db, { open: tried.key, seal: null }, undefined, { kind: 'plain' })
  rememberLockHint(false)
  return { ok: true }
}

/** Changes the passphrase after the current one is given: every row is encrypted again under the new key. */
export async function changePassphrase(current: string, secret: string, pin: boolean, now = Date.now(), db: IsipDatabase = getDb()): Promise<CheckedChange> {
  const config = await readLockConfig(db)
  if (!config) throw new Error('The lock is off')
  const tried = await tryPassphrase(db, current, config, now)
  if (!tried.ok) return tried
  const fresh = await newConfig(secret, pin)
  await reseal(db, { open: tried.key, seal: fresh.key }, { ...fresh.config, idleMinutes: config.idleMinutes }, { kind: 'open', key: fresh.key })
  rememberLockHint(true, true)
  return { ok: true }
}

/** The idle time after which the app locks itself (default 5 minutes), kept in the lock's plain setting. */
export const IDLE_CHOICES = [1, 2, 5, 10, 15, 30] as const
export const DEFAULT_IDLE_MINUTES = 5

export async function setIdleMinutes(minutes: number, db: IsipDatabase = getDb()): Promise<void> {
  if (!IDLE_CHOICES.includes(minutes as (typeof IDLE_CHOICES)[number])) throw new RangeError(`No idle time of ${minutes} minutes`)
  await db.transaction('rw', db.settings, async () => {
    const config = await readLockConfig(db)
    if (!config) throw new Error('The lock is off')
    await db.settings.put({ key: LOCK_SETTING, value: { ...config, idleMinutes: minutes } satisfies LockConfig })
  })
}
