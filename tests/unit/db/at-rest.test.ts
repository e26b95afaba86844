import { afterEach, describe, expect, it, vi } from 'vitest'
import Dexie from 'dexie'
import { DB_NAME, getDb, resetDatabase } from '@/db/database'
import { LockedError, SEALED_FIELD } from '@/db/at-rest'
import { changePassphrase, FREE_TRIES, lockState, readLockWait, turnOff, turnOn, unlock, waitAfter, forgetKey } from '@/db/lock'
import { keepsPlain, LOCK_SETTING } from '@/db/lock-settings'
import { updateProject } from '@/db/projects'
import { byPrimaryKey, openSeededDatabase, readFixture } from './seeded-database'

const fixture = readFixture(3)
type Row = Record<string, unknown>

/** Every table as IndexedDB holds it, read without the app's layers. */
async function rawTables(): Promise<Record<string, Row[]>> {
  const raw = new Dexie(DB_NAME)
  await raw.open()
  try {
    return Object.fromEntries(await Promise.all(raw.tables.map(async (t) => [t.name, (await t.toArray()) as Row[]] as const)))
  } finally {
    raw.close()
  }
}

/** Every table as the app reads it. */
async function appTables(): Promise<Record<string, Row[]>> {
  const db = getDb()
  const read = async (t: (typeof db.tables)[number]) => byPrimaryKey(((await t.toArray()) as Row[]).filter((row) => !keepsPlain(t.name, row.key)), String(t.schema.primKey.keyPath))
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await read(t)] as const)))
}

/**
 * What must never be read in the clear: every text the person wrote (it has a space) and every date or instant
 * in the fixture's rows. (Single words are left out: the names of questions and tables are parts of ids.)
 */
function secrets(): string[] {
  const out = new Set<string>()
  const walk = (value: unknown, field: string) => {
    if (typeof value === 'string' && !/id$|Id$|^key$|^formId$/.test(field) && (/\s/.test(value) || /^\d{4}-\d{2}-\d{2}/.test(value))) out.add(value)
    else if (Array.isArray(value)) value.forEach((v) => walk(v, field))
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k)
  }
  for (const rows of Object.values(fixture.tables)) for (const row of rows) walk(row, '')
  return [...out]
}

const reopen = () => {
  // What a reload does: the key in memory is gone, the database opens again.
  resetDatabase()
  return getDb().open()
}

const PASS = 'correct horse battery staple'

afterEach(() => vi.restoreAllMocks())

// Each try derives a key with 600,000 PBKDF2 iterations, as the app does: slow by design, slower on a busy machine.
describe('encryption at rest', { timeout: 60_000 }, () => {
  it('with the lock on, keeps plain only ids and the project id, and reads every record back as it was', async () => {
    await openSeededDatabase(3, fixture)
    const before = await appTables()
    await turnOn(PASS, false)
    const raw = await rawTables()
    const text = JSON.stringify(raw)
    const found = secrets().filter((s) => text.includes(s))
    expect(found).toEqual([])
    expect(secrets()).toEqual(expect.arrayContaining(['CPAS de Namur', '2026-04-30', '2026-05-04T17:40:12.004Z']))
    const allowed = new Set(['id', 'projectId', 'objectiveId', 'contractId', 'ownerId', 'formId', 'key', SEALED_FIELD])
    for (const [table, rows] of Object.entries(raw))
      for (const row of rows) {
        if (table === 'settings' && row.key === LOCK_SETTING) continue
        expect(Object.keys(row).filter((k) => !allowed.has(k)), table).toEqual([])
        expect(row[SEALED_FIELD], table).toBeInstanceOf(ArrayBuffer)
      }
    expect(await appTables()).toStrictEqual(before)
  })

  it('turning the lock on gives a backup reminder mark of before issue 11 an id without its date', async () => {
    await openSeededDatabase(3, fixture)
    const projectId = (await getDb().projects.toArray())[0]!.id
    const old = { id: `${projectId}:backup-due:${projectId}:2026-10-01`, projectId, reminderId: `backup-due:${projectId}:2026-10-01`, state: 'seen' as const, on: '2026-11-20' }
    await getDb().reminderMarks.put(old)
    await turnOn(PASS, false)
    const ids = (await rawTables()).reminderMarks!.map((row) => String(row.id))
    expect(ids.filter((id) => /\d{4}-\d{2}-\d{2}/.test(id))).toEqual([])
    expect(await getDb().reminderMarks.get(`${projectId}:backup-due:${projectId}`)).toEqual({ ...old, id: `${projectId}:backup-due:${projectId}`, reminderId: `backup-due:${projectId}` })
  })

  it('writes inside a transaction after a read (the transaction stays alive while WebCrypto works), and filters with a cursor', async () => {
    await openSeededDatabase(3, fixture)
    await turnOn(PASS, false)
    const project = (await getDb().projects.toArray())[0]!
    const saved = await updateProject(project.id, { socialWorker: 'Marie Zèbre' }, '2026-06-01', project)
    expect((await getDb().projects.get(project.id))?.socialWorker).toBe('Marie Zèbre')
    expect(JSON.stringify(await rawTables())).not.toContain('Zèbre')
    const steps = await getDb().steps.where('projectId').equals(project.id).filter((s) => s.status !== 'dropped').toArray()
    expect(steps.length).toBeGreaterThan(0)
    expect(steps.every((s) => typeof s.title === 'string')).toBe(true)
    expect(saved.socialWorker).toBe('Marie Zèbre')
  })

  it('once locked, refuses every sealed read and every write, and opens again with the passphrase only', async () => {
    await openSeededDatabase(3, fixture)
    await turnOn(PASS, false)
    await reopen()
    expect(await lockState()).toBe('locked')
    await expect(getDb().projects.toArray()).rejects.toBeInstanceOf(LockedError)
    await expect(getDb().drafts.put({ formId: 'x@t', values: { a: 'secret' }, savedAt: '2026-01-01T00:00:00Z' })).rejects.toBeInstanceOf(LockedError)
    expect((await unlock('wrong passphrase')).ok).toBe(false)
    expect((await unlock(PASS)).ok).toBe(true)
    expect(await lockState()).toBe('open')
    expect((await getDb().projects.toArray()).length).toBe(fixture.tables.projects!.length)
    forgetKey()
    await expect(getDb().projects.toArray()).rejects.toBeInstanceOf(LockedError)
  })

  it('lets five wrong tries go, then waits 30 s, then twice as long each time, and the wait survives a reload', async () => {
    await openSeededDatabase(3, fixture)
    await turnOn('123456', true)
    await reopen()
    let now = 1_000_000
    for (let i = 0; i < FREE_TRIES - 1; i += 1) expect(await unlock('654321', now)).toEqual({ ok: false, wrong: true, until: now })
    expect(await unlock('654321', now)).toEqual({ ok: false, wrong: true, until: now + 30_000 })
    await reopen()
    // The sixth try, even with the right PIN, waits.
    expect(await unlock('123456', now + 29_000)).toEqual({ ok: false, wrong: false, until: now + 30_000 })
    expect(await lockState()).toBe('locked')
    now += 30_000
    expect(await unlock('000000', now)).toEqual({ ok: false, wrong: true, until: now + 60_000 })
    expect(waitAfter(7)).toBe(120_000)
    expect((await unlock('123456', now + 60_000)).ok).toBe(true)
    expect(await readLockWait()).toEqual({ failures: 0, until: 0 })
  })

  it('on → off → on → change leaves every record intact, and off writes every row plain again', async () => {
    await openSeededDatabase(3, fixture)
    const before = await appTables()
    await turnOn(PASS, false)
    expect(await turnOff('not it')).toMatchObject({ ok: false, wrong: true })
    expect(await lockState()).toBe('open')
    expect(await turnOff(PASS)).toEqual({ ok: true })
    expect(await lockState()).toBe('off')
    const raw = await rawTables()
    expect(Object.values(raw).flat().some((row) => SEALED_FIELD in row)).toBe(false)
    expect(await appTables()).toStrictEqual(before)
    await turnOn('246810', true)
    expect(await changePassphrase('246810', 'a new long passphrase', false)).toEqual({ ok: true })
    await reopen()
    expect((await unlock('246810')).ok).toBe(false)
    expect((await unlock('a new long passphrase')).ok).toBe(true)
    expect(await appTables()).toStrictEqual(before)
  })

  it('changes nothing when encryption fails half-way: every row, the setting and the state stay as they were', async () => {
    await openSeededDatabase(3, fixture)
    const plainBefore = await rawTables()
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle)
    let calls = 0
    const count = Object.values(fixture.tables).flat().length
    vi.spyOn(crypto.subtle, 'encrypt').mockImplementation((...args) => {
      calls += 1
      if (calls > count / 2) return Promise.reject(new Error('disk gone'))
      return encrypt(...args)
    })
    await expect(turnOn(PASS, false)).rejects.toThrow('disk gone')
    expect(calls).toBeGreaterThan(count / 2)
    expect(await lockState()).toBe('off')
    expect(await rawTables()).toStrictEqual(plainBefore)

    vi.restoreAllMocks()
    await turnOn(PASS, false)
    const sealedBefore = await rawTables()
    calls = 0
    vi.spyOn(crypto.subtle, 'encrypt').mockImplementation((...args) => {
      calls += 1
      if (calls > count / 2) return Promise.reject(new Error('disk gone'))
      return encrypt(...args)
    })
    await expect(changePassphrase(PASS, 'another passphrase', false)).rejects.toThrow('disk gone')
    vi.restoreAllMocks()
    expect(await rawTables()).toStrictEqual(sealedBefore)
    expect(await lockState()).toBe('open')
    await reopen()
    expect((await unlock(PASS)).ok).toBe(true)
  })
})
