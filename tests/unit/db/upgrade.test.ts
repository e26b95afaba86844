import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { DB_NAME, getDb, IsipDatabase, LATEST_VERSION, PROJECT_TABLES, SCHEMA_VERSIONS } from '@/db/database'
import { lastExportKey, loadProjectFacts } from '@/db/facts'
import { listObjectives } from '@/db/objectives'
import { takeDraft } from '@/db/drafts'
import { positionKey, readPosition } from '@/db/reflections'
import { addPhoto, listPhotos } from '@/db/photos'
import { listSteps } from '@/db/steps'
import { listProjects } from '@/db/projects'
import {
  byPrimaryKey,
  openSeededDatabase,
  readFixture,
  seedDatabase,
  tablesAt,
  type DbFixture,
} from './seeded-database'

// Every version of the schema has a fixture, a full project as the app wrote it at that version, and a test that
// it opens with today's code. A new version appends its entry to SCHEMA_VERSIONS, adds tests/fixtures/db/v<n>.json
// and its own test from the version before (src/db/README.md).

const versions = SCHEMA_VERSIONS.map((v) => v.version)
const v1 = readFixture(1)

type Row = Record<string, unknown>
const rowsOf = (fixture: DbFixture, table: string): Row[] => fixture.tables[table] ?? []
const setting = (fixture: DbFixture, key: string) =>
  rowsOf(fixture, 'settings').find((s) => s.key === key)?.value
const currentProjectOf = (fixture: DbFixture) => String(setting(fixture, 'currentProjectId'))
const ofProject = (fixture: DbFixture, table: string, projectId: string) =>
  byPrimaryKey(
    rowsOf(fixture, table).filter((r) => r.projectId === projectId),
    'id',
  )

describe('schema versions', () => {
  it('are whole numbers, each above the one before, and today’s code opens the last', async () => {
    versions.forEach((v, i) => {
      expect(Number.isInteger(v)).toBe(true)
      expect(v).toBeGreaterThan(versions[i - 1] ?? 0)
    })
    expect(LATEST_VERSION).toBe(versions.at(-1))
    const db = getDb()
    await db.open()
    expect(db.verno).toBe(LATEST_VERSION)
    expect(db.tables.map((t) => t.name).sort()).toEqual(tablesAt(LATEST_VERSION))
  })

  it('cannot be asked for a version that was never declared', () => {
    expect(() => new IsipDatabase(DB_NAME, 0)).toThrow(RangeError)
    expect(() => new IsipDatabase(DB_NAME, LATEST_VERSION + 1)).toThrow(RangeError)
  })
})

describe.each(versions)('the fixture of version %i', (version) => {
  const fixture = readFixture(version)

  it('has rows in every table of that version, and no table it does not have', () => {
    expect(Object.keys(fixture.tables).sort()).toEqual(tablesAt(version))
    for (const table of tablesAt(version)) expect(rowsOf(fixture, table), table).not.toHaveLength(0)
  })

  it('is a full project: the current project has records in every project table', () => {
    const projectId = currentProjectOf(fixture)
    expect(rowsOf(fixture, 'projects').map((p) => p.id)).toContain(projectId)
    for (const table of PROJECT_TABLES.filter((t) => tablesAt(version).includes(t))) {
      expect(ofProject(fixture, table, projectId), table).not.toHaveLength(0)
    }
  })

  it('is seeded as the database was at that version, every row written, before today’s code opens it', async () => {
    await seedDatabase(version, fixture)
    // Opened without a schema, Dexie reads the database as it is on disk.
    const raw = new Dexie(DB_NAME)
    await raw.open()
    try {
      expect(raw.verno).toBe(version)
      expect(raw.tables.map((t) => t.name).sort()).toEqual(tablesAt(version))
      for (const table of raw.tables)
        expect(await table.count(), table.name).toBe(rowsOf(fixture, table.name).length)
    } finally {
      raw.close()
    }
  })
})

describe('seeding', () => {
  it('refuses a fixture of another version, and a database that exists already', async () => {
    await expect(seedDatabase(1, { ...v1, version: 2 })).rejects.toThrow('not 1')
    await getDb().open()
    await expect(seedDatabase(1, v1)).rejects.toThrow('exists already')
  })
})

/**
 * What each version's fixture holds once today's code has opened it: the fixture's tables as the upgrades after that
 * version leave them. A new version adds its entry here (and changes the entries before it if its upgrade changes
 * their rows): the test below fails for a version without one.
 */
const UPGRADED: Record<number, (fixture: DbFixture) => DbFixture['tables']> = {
  // Version 1 is the first: its rows are read as they were written; version 2 adds an empty photos table.
  1: (fixture) => ({ ...fixture.tables, photos: [] }),
  // Version 2 added the photos of letters; version 3 only drops indexes (issue 11): the rows stay as they were.
  2: (fixture) => fixture.tables,
  // Version 3 indexes no date (with the lock on, only what is indexed stays plain), and is today's.
  3: (fixture) => fixture.tables,
}

describe('upgrades', () => {
  it('say, for every version, what its fixture holds with today’s code (add an entry with each new version)', () => {
    expect(Object.keys(UPGRADED).map(Number)).toEqual(versions)
  })
})

describe.each(versions)('a database at version %i', (version) => {
  const fixture = readFixture(version)

  it('opens with today’s code with nothing lost: every table, every row', async () => {
    const db = await openSeededDatabase(version, fixture)
    expect(db.verno).toBe(LATEST_VERSION)
    const expected = UPGRADED[version]?.(structuredClone(fixture)) ?? {}
    expect(db.tables.map((t) => t.name).sort()).toEqual(tablesAt(LATEST_VERSION))
    for (const table of db.tables) {
      const key = String(table.schema.primKey.keyPath)
      expect(byPrimaryKey(await table.toArray(), key), table.name).toStrictEqual(byPrimaryKey(expected[table.name] ?? [], key))
    }
  })

  it.each(versions.filter((v) => v > version))('opens with the code of version %i in between, one step at a time', async (between) => {
    await seedDatabase(version, fixture)
    const db = new IsipDatabase(DB_NAME, between)
    try {
      await db.open()
      expect(db.verno).toBe(between)
    } finally {
      db.close()
    }
  })
})

describe('a database at version 1, read by the app', () => {
  it('is read by the app: the project’s facts for the rules, its plan in the person’s order, where it left off', async () => {
    await openSeededDatabase(1, v1)
    const projectId = currentProjectOf(v1)

    const facts = await loadProjectFacts(projectId)
    expect(facts?.project).toStrictEqual(rowsOf(v1, 'projects').find((p) => p.id === projectId))
    const lists = {
      contracts: 'contracts',
      amendments: 'amendments',
      evaluations: 'evaluations',
      meetingRequests: 'meetingRequests',
      decisions: 'decisions',
      notices: 'notices',
      moves: 'moves',
      trips: 'trips',
      steps: 'steps',
      marks: 'reminderMarks',
    } as const
    for (const [fact, table] of Object.entries(lists)) {
      const read: readonly unknown[] = facts?.[fact as keyof typeof lists] ?? []
      expect(byPrimaryKey(read, 'id'), fact).toStrictEqual(ofProject(v1, table, projectId))
    }
    expect(facts?.lastExportOn).toBe(setting(v1, lastExportKey(projectId)))

    const inOrder = (table: string) =>
      ofProject(v1, table, projectId)
        .sort((a, b) => Number(a.order) - Number(b.order))
        .map((r) => r.id)
    // The fixture's ids are not in the person's order, so reading by id would not pass.
    expect(inOrder('steps')).not.toEqual(ofProject(v1, 'steps', projectId).map((s) => s.id))
    expect((await listSteps(projectId)).map((s) => s.id)).toEqual(inOrder('steps'))
    expect((await listObjectives(projectId)).map((o) => o.id)).toEqual(inOrder('objectives'))

    expect(await readPosition(projectId)).toBe(setting(v1, positionKey(projectId)))
    // Drafts of version 1 were kept by form alone: the first tab that opens the form takes each one over.
    for (const draft of rowsOf(v1, 'drafts'))
      expect((await takeDraft(String(draft.formId), 'first-tab', () => false))?.values).toStrictEqual(draft.values)
  })
})

describe('a database at version 1, opened at version 2 (photos of letters)', () => {
  it('gets an empty photos table, and its letters take a photo at once', async () => {
    const db = await openSeededDatabase(1, v1)
    expect(await db.photos.count()).toBe(0)
    const projectId = currentProjectOf(v1)
    const decision = ofProject(v1, 'decisions', projectId)[0]!
    const image = { dataUrl: 'data:image/jpeg;base64,AAAA', width: 1200, height: 1600 }
    const photo = await addPhoto(projectId, 'decisions', String(decision.id), image)
    expect(await listPhotos(String(decision.id))).toStrictEqual([photo])
  })
})

describe('a database at version 2, read by the app', () => {
  const v2 = readFixture(2)

  it('shows each letter its own photos, in the order they were added', async () => {
    await openSeededDatabase(2, v2)
    const photos = rowsOf(v2, 'photos')
    const owners = [...new Set(photos.map((p) => String(p.ownerId)))]
    expect(owners.length).toBeGreaterThan(1)
    for (const owner of owners) {
      const expected = photos.filter((p) => p.ownerId === owner).sort((a, b) => String(a.addedAt).localeCompare(String(b.addedAt)))
      expect(await listPhotos(owner), owner).toStrictEqual(expected)
    }
  })
})

describe('a database at version 2, opened at version 3 (no date indexed)', () => {
  const v2 = readFixture(2)

  it('keeps every row, lists the projects last used first and the plan in the person’s order, without the old indexes', async () => {
    const db = await openSeededDatabase(2, v2)
    for (const table of db.tables) expect(table.schema.indexes.map((i) => i.name), table.name).not.toEqual(expect.arrayContaining(['updatedAt', 'dueDate', 'heldOn', 'askedOn', 'kind', '[projectId+order]']))
    const projectId = currentProjectOf(v2)
    const inOrder = (table: string) =>
      ofProject(v2, table, projectId)
        .sort((a, b) => Number(a.order) - Number(b.order))
        .map((r) => r.id)
    expect((await listSteps(projectId)).map((s) => s.id)).toEqual(inOrder('steps'))
    expect((await listObjectives(projectId)).map((o) => o.id)).toEqual(inOrder('objectives'))
    const byUse = rowsOf(v2, 'projects')
      .map((p) => ({ id: p.id, at: String(p.updatedAt) }))
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((p) => p.id)
    expect((await listProjects()).map((p) => p.id)).toEqual(byUse)
  })
})
