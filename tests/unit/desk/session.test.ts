import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DB_NAME, getDb } from '@/db/database'
import { DESK_LOCK_NAME, wipeDeskLeftover } from '@/db/desk-leftover'
import { DESK_DB_NAME } from '@/db/names'
import { listDatabases } from '@/db/forget'
import { createProject } from '@/db/projects'
import { deskActive, onAppRestart, setDeskActive } from '@/desk/flag'
import { rememberProjectHint } from '@/first-paint/project-hint'
import { rememberLanguage } from '@/i18n/languages'
import { DeskRefused, endDeskSession, startDeskSession } from '@/stores/deskSession'
import { fakeLocks } from './fake-locks'

const MARKER = 'Marker-Desk-7Q'
const project = { pcsw: { name: `CPAS ${MARKER}`, municipality: 'Namur' }, socialWorker: `Mme ${MARKER}` }

/** Every raw row of a database as text (sealed bytes decoded too), as someone reading the disk would see it. */
async function rawText(name: string): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name)
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const names = [...db.objectStoreNames]
  const rows = await Promise.all(
    names.map(
      (store) =>
        new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll()
          request.onsuccess = () => resolve(request.result as unknown[])
        }),
    ),
  )
  db.close()
  const decode = (value: unknown): string =>
    value instanceof ArrayBuffer || ArrayBuffer.isView(value)
      ? new TextDecoder('latin1').decode(value as ArrayBuffer)
      : value && typeof value === 'object'
        ? Object.entries(value).map(([key, inner]) => `${key}: ${decode(inner)}`).join(' ')
        : String(value)
  return rows.flat().map(decode).join('\n')
}

let mounts: string[]
let locks: ReturnType<typeof fakeLocks>
beforeEach(() => {
  sessionStorage.clear()
  locks = fakeLocks()
  mounts = []
  onAppRestart(
    () => mounts.push('stop'),
    () => mounts.push(`start on ${getDb().name}`),
  )
})
afterEach(async () => {
  if (deskActive()) await endDeskSession(() => undefined)
  setDeskActive(false)
  Reflect.deleteProperty(navigator, 'locks')
})

describe('a desk session', () => {
  it('mounts the app anew on its own database, sealed: the person’s own database is neither read nor created', async () => {
    await startDeskSession()
    expect(deskActive()).toBe(true)
    expect(mounts).toEqual(['stop', `start on ${DESK_DB_NAME}`])
    expect(locks.held.has(DESK_LOCK_NAME)).toBe(true)
    await createProject(project, '2026-12-03')
    expect((await getDb().projects.toArray())[0]?.pcsw.name).toBe(`CPAS ${MARKER}`)
    expect(await listDatabases()).toEqual([DESK_DB_NAME])
    const raw = await rawText(DESK_DB_NAME)
    expect(raw).toContain('_sealed')
    expect(raw).not.toContain(MARKER)
    expect(raw).not.toContain('Namur')
  })

  it('writes nothing to localStorage or sessionStorage while it runs', async () => {
    localStorage.setItem('isip-own.language', 'fr')
    await startDeskSession()
    rememberLanguage('nl')
    rememberProjectHint(true)
    const { useDraftsStore } = await import('@/stores/drafts')
    const { createPinia, setActivePinia } = await import('pinia')
    setActivePinia(createPinia())
    const drafts = useDraftsStore()
    await drafts.tab
    drafts.keepNow('step:new@x', { title: MARKER })
    expect({ ...localStorage }).toEqual({ 'isip-own.language': 'fr' })
    expect(Object.keys(sessionStorage)).toEqual([])
  })

  it('deletes an empty database of the device as it starts (the first screen made it), never one with a project', async () => {
    await getDb().open()
    await startDeskSession()
    expect(await listDatabases()).toEqual([DESK_DB_NAME])
    await endDeskSession(() => undefined)

    await createProject(project, '2026-12-03')
    await startDeskSession()
    expect((await listDatabases()).sort()).toEqual([DB_NAME, DESK_DB_NAME])
  })

  it('is refused while another tab runs one, and where the browser has no Web Locks', async () => {
    let release: () => void = () => undefined
    void locks.locks.request(DESK_LOCK_NAME, {}, () => new Promise<void>((resolve) => (release = resolve)))
    await expect(startDeskSession()).rejects.toEqual(new DeskRefused('busy'))
    expect(deskActive()).toBe(false)
    expect(mounts).toEqual([])
    release()
    Reflect.deleteProperty(navigator, 'locks')
    await expect(startDeskSession()).rejects.toEqual(new DeskRefused('unsupported'))
  })

  it('asks before a reload or a closed tab ends it', async () => {
    await startDeskSession()
    const event = new Event('beforeunload', { cancelable: true })
    dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    await endDeskSession(() => undefined)
    const after = new Event('beforeunload', { cancelable: true })
    dispatchEvent(after)
    expect(after.defaultPrevented).toBe(false)
  })

  it('ends by deleting its database, letting go of the lock, emptying the tab’s storage and opening the first screen', async () => {
    await startDeskSession()
    await createProject(project, '2026-12-03')
    sessionStorage.setItem('isip-own.tab', 'before-the-session')
    const open = vi.fn()
    expect(await endDeskSession(open)).toBe(true)
    expect(open).toHaveBeenCalledWith('/')
    expect(mounts.at(-1)).toBe('stop')
    expect(deskActive()).toBe(false)
    expect(locks.held.size).toBe(0)
    expect(await listDatabases()).toEqual([])
    expect(Object.keys(sessionStorage)).toEqual([])
  })
})

describe('what a desk session leaves behind', () => {
  it('is wiped at the next start once no page holds the lock, and kept while one does', async () => {
    await startDeskSession()
    await createProject(project, '2026-12-03')
    // Another start of the app, the session alive in its tab.
    expect(await wipeDeskLeftover(indexedDB, locks.locks, 0)).toBe('kept')
    expect(await listDatabases()).toContain(DESK_DB_NAME)
    // The tab is killed: its lock goes, its key with it; the database stays, sealed.
    const { resetDatabase } = await import('@/db/database')
    resetDatabase()
    setDeskActive(false)
    locks.held.clear()
    expect(await rawText(DESK_DB_NAME)).not.toContain(MARKER)
    expect(await wipeDeskLeftover(indexedDB, locks.locks, 0)).toBe('wiped')
    expect(await listDatabases()).toEqual([])
  })

  it('is wiped where the browser has no Web Locks (no session could start there)', async () => {
    indexedDB.open(DESK_DB_NAME).onsuccess = (event) => (event.target as IDBOpenDBRequest).result.close()
    await vi.waitFor(async () => expect(await listDatabases()).toEqual([DESK_DB_NAME]))
    expect(await wipeDeskLeftover(indexedDB, undefined, 0)).toBe('wiped')
    expect(await listDatabases()).toEqual([])
  })
})
