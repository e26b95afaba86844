import { describe, expect, it } from 'vitest'
import { DB_NAME, getDb } from '@/db/database'
import { DatabaseBlockedError, deleteAllDatabases, listDatabases } from '@/db/forget'
import { createProject } from '@/db/projects'

/** Opens a raw database that, like a careless tab, never lets go when asked to. */
function holdOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

describe('deleting every database of the app', () => {
  it('deletes the app’s database and every other one the browser lists, with the app’s connection closed first', async () => {
    await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, '2026-12-03')
    ;(await holdOpen('isip-own-desk')).close()
    expect((await listDatabases()).sort()).toEqual([DB_NAME, 'isip-own-desk'])
    const deleted = await deleteAllDatabases()
    expect(deleted).toEqual(expect.arrayContaining([DB_NAME, 'isip-own-desk', '__dbnames']))
    expect(await listDatabases()).toEqual([])
  })

  it('deletes the known names where the browser cannot list its databases', async () => {
    await getDb().open()
    const factory = indexedDB
    const blind = Object.assign(Object.create(Object.getPrototypeOf(factory) as object) as IDBFactory, {
      deleteDatabase: factory.deleteDatabase.bind(factory),
      databases: undefined,
    })
    expect(await deleteAllDatabases(blind)).toEqual([DB_NAME, 'isip-own-desk', '__dbnames'])
    expect(await listDatabases()).toEqual([])
  })

  it('says so when another window keeps a database open, instead of waiting for ever', async () => {
    const held = await holdOpen('isip-own')
    await expect(deleteAllDatabases(indexedDB, 50)).rejects.toBeInstanceOf(DatabaseBlockedError)
    held.close()
  })
})
