// Every test gets a fresh IndexedDB. Dexie keeps its own reference to the factory, so it is swapped there
// too, and the app's database handle is dropped so the next getDb() opens on the fresh one.
import 'fake-indexeddb/auto'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import Dexie from 'dexie'
import { beforeEach } from 'vitest'
import { resetDatabase } from '@/db/database'

beforeEach(() => {
  resetDatabase()
  const factory = new IDBFactory()
  globalThis.indexedDB = factory
  Dexie.dependencies.indexedDB = factory
  Dexie.dependencies.IDBKeyRange = IDBKeyRange
  localStorage.clear()
})
