import Dexie from 'dexie'
import type { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetDatabase } from '@/db/database'
import { readSetting } from '@/db/settings'
import { useStorageStore } from '@/stores/storage'

/** A StorageManager as a browser has it: `persisted` answers `granted`; `persist` may change the answer. */
function stubStorage({ granted = false, grants = false, usage = 1_400_000, quota = 2_000_000_000 } = {}) {
  const state = { granted }
  const storage = {
    persisted: vi.fn(async () => state.granted),
    persist: vi.fn(async () => (state.granted = grants)),
    estimate: vi.fn(async () => ({ usage, quota })),
  }
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true })
  return storage
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => Reflect.deleteProperty(navigator, 'storage'))

describe('the storage store', () => {
  it('tries the database once, and says this window can keep things where it opens', async () => {
    const store = useStorageStore()
    expect(store.database).toBe('checking')
    const open = vi.spyOn(Dexie.prototype, 'open')
    expect(await store.checkDatabase()).toBe('ready')
    expect(await store.checkDatabase()).toBe('ready')
    expect(open).toHaveBeenCalledTimes(1)
    open.mockRestore()
    expect(store.database).toBe('ready')
  })

  it('says this window cannot keep anything where IndexedDB is missing', async () => {
    resetDatabase()
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory
    const store = useStorageStore()
    expect(await store.checkDatabase()).toBe('unavailable')
    expect(store.database).toBe('unavailable')
  })

  it('reads what the app uses and may use, and nothing where the browser cannot say', async () => {
    const store = useStorageStore()
    await store.measure()
    expect(store.usage).toBeUndefined()
    stubStorage({ usage: 1_400_000, quota: 2_000_000_000 })
    await store.measure()
    expect(store.usage).toEqual({ usage: 1_400_000, quota: 2_000_000_000 })
  })

  it('tells a promise to keep the data from a browser that may clear it, and one that cannot say', async () => {
    const store = useStorageStore()
    await store.refresh()
    expect(store.persistence).toBe('unsupported')
    stubStorage({ granted: false })
    await store.refresh()
    expect(store.persistence).toBe('best-effort')
    stubStorage({ granted: true })
    await store.refresh()
    expect(store.persistence).toBe('persistent')
  })

  it('asks for persistent storage once per device (the first project), and again only when the person asks', async () => {
    const storage = stubStorage({ granted: false, grants: false })
    const store = useStorageStore()
    await store.askOnce()
    await store.askOnce()
    expect(storage.persist).toHaveBeenCalledTimes(1)
    expect(await readSetting('persistAsked', false)).toBe(true)
    expect(store.persistence).toBe('best-effort')
    // Later the browser may agree (the app was installed): the person asks again from Settings.
    const later = stubStorage({ granted: false, grants: true })
    await store.ask()
    expect(later.persist).toHaveBeenCalledTimes(1)
    expect(store.persistence).toBe('persistent')
  })
})
