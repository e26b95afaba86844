import Dexie from 'dexie'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import { getDb, resetDatabase } from '@/db/database'
import { createProject } from '@/db/projects'
import { answerId, positionKey, saveAnswer } from '@/db/reflections'
import { saveDraft } from '@/db/drafts'
import { databaseOpens, isStorageFull } from '@/db/health'
import { fillStorage } from './full-storage'

const me = { role: 'me' as const }
let emptyAgain: (() => void) | undefined
afterEach(() => {
  emptyAgain?.()
  emptyAgain = undefined
})

/** Every table's rows, to compare before and after a refused write. */
async function dump() {
  const db = getDb()
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)))
}

/** Makes IndexedDB fail to open as a blocked site or a broken profile does: the request ends in an error. */
function failingFactory(name: string): IDBFactory {
  const factory = new IDBFactory()
  factory.open = () => {
    const request = {} as IDBOpenDBRequest & { onerror?: (e: unknown) => void }
    setTimeout(() => {
      Object.defineProperty(request, 'error', { value: new DOMException('The user denied permission to access the database.', name) })
      request.onerror?.({ target: request, preventDefault: () => undefined, stopPropagation: () => undefined })
    })
    return request
  }
  return factory
}

describe('whether this window can keep anything', () => {
  it('can, where IndexedDB opens', async () => {
    expect(await databaseOpens()).toBe(true)
  })

  it('cannot, without IndexedDB (some private windows, an old browser)', async () => {
    resetDatabase()
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory
    expect(await databaseOpens()).toBe(false)
  })

  it('cannot, where opening it fails (a blocked site, a broken profile)', async () => {
    for (const name of ['SecurityError', 'InvalidStateError', 'UnknownError']) {
      resetDatabase()
      Dexie.dependencies.indexedDB = failingFactory(name)
      expect(await databaseOpens(), name).toBe(false)
    }
  })
})

describe('a write refused because the storage is full', () => {
  it('is told apart from other failures, in the browser’s form and in Dexie’s wrapped forms', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    expect(isStorageFull(quota)).toBe(true)
    expect(isStorageFull(new Dexie.QuotaExceededError(quota))).toBe(true)
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted', quota))).toBe(true)
    expect(isStorageFull(new Dexie.BulkError('1 of 2 failed', { 1: quota }))).toBe(true)
    expect(isStorageFull(Object.assign(new Error('Firefox'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }))).toBe(true)
    expect(isStorageFull(new Error('wrapped', { cause: quota }))).toBe(true)

    expect(isStorageFull(new Dexie.AbortError('Transaction aborted'))).toBe(false)
    expect(isStorageFull(new Dexie.ConstraintError('Key already exists'))).toBe(false)
    expect(isStorageFull(new DOMException('gone', 'InvalidStateError'))).toBe(false)
    expect(isStorageFull(new Error('No project'))).toBe(false)
    expect(isStorageFull(undefined)).toBe(false)
    expect(isStorageFull('QuotaExceededError')).toBe(false)
  })

  it.each(['refuse', 'abort'] as const)('leaves nothing half-written (the browser %ss the write)', async (how) => {
    const { id } = await createProject({ pcsw: { name: 'CPAS de Namur', municipality: 'Namur' } }, '2026-12-02')
    const before = await dump()
    // The answer's table takes it; the position, in the same transaction, finds the storage full.
    emptyAgain = fillStorage(['settings'], how)
    const error = await saveAnswer(id, 'needs', 'Un logement', me, { position: 'problems' }).then(
      () => undefined,
      (cause: unknown) => cause,
    )
    // Refused at once, Dexie gives its QuotaExceededError; at commit, an AbortError with the browser's error inside.
    expect((error as Error).name).toBe(how === 'abort' ? 'AbortError' : 'QuotaExceededError')
    expect(isStorageFull(error)).toBe(true)
    emptyAgain()
    expect(await getDb().reflections.get(answerId(id, 'needs'))).toBeUndefined()
    expect(await getDb().settings.get(positionKey(id))).toBeUndefined()
    expect(await dump()).toStrictEqual(before)
  })

  it('is told as full for a draft too', async () => {
    emptyAgain = fillStorage(['drafts'])
    const error = await saveDraft('trip:new', 'tab', { note: 'Marrakech' }).catch((cause: unknown) => cause)
    expect(isStorageFull(error)).toBe(true)
    emptyAgain()
    expect(await getDb().drafts.count()).toBe(0)
  })
})
