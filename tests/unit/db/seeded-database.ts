// Databases as they were at an earlier schema version, for upgrade tests (src/db/README.md, "Versions").
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Dexie from 'dexie'
import { DB_NAME, getDb, IsipDatabase, resetDatabase, SCHEMA_VERSIONS } from '@/db/database'

type Row = Record<string, unknown>

/** A whole database at one schema version, every table's rows: `tests/fixtures/db/v<version>.json`. */
export interface DbFixture {
  format: 'isip-own-db-fixture'
  version: number
  tables: Record<string, Row[]>
}

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/db')

/** Reads the fixture of a version, as raw JSON (like locales.test.ts), and checks that it says what it is. */
export function readFixture(version: number): DbFixture {
  const fixture = JSON.parse(readFileSync(join(fixturesDir, `v${version}.json`), 'utf8')) as DbFixture
  if (fixture.format !== 'isip-own-db-fixture' || fixture.version !== version) {
    throw new Error(`tests/fixtures/db/v${version}.json is not a database fixture at version ${version}`)
  }
  return fixture
}

/** The tables the schema holds at `version`: each version adds or changes tables, `null` deletes one. */
export function tablesAt(version: number): string[] {
  const tables = new Set<string>()
  for (const entry of SCHEMA_VERSIONS) {
    if (entry.version > version) break
    for (const [name, spec] of Object.entries(entry.stores)) {
      if (spec === null) tables.delete(name)
      else tables.add(name)
    }
  }
  return [...tables].sort()
}

/**
 * Creates the app's database as it was at `version` (only the schema versions up to it) in a fresh IndexedDB,
 * writes every table of the fixture into it in one transaction, and closes it. Refuses a database that already
 * exists, a fixture of another version and a table that version does not have.
 */
export async function seedDatabase(version: number, fixture: DbFixture): Promise<void> {
  if (fixture.version !== version)
    throw new Error(`The fixture is at version ${fixture.version}, not ${version}`)
  resetDatabase()
  if (await Dexie.exists(DB_NAME))
    throw new Error(`A database ${DB_NAME} exists already: seed a fresh IndexedDB`)
  const old = new IsipDatabase(DB_NAME, version)
  try {
    const tables = Object.entries(fixture.tables)
    await old.transaction(
      'rw',
      tables.map(([name]) => name),
      async () => {
        for (const [name, rows] of tables) await old.table(name).bulkAdd(rows)
      },
    )
  } finally {
    old.close()
  }
}

/** Seeds the database at `version` (see seedDatabase), then opens it with today's code: every version, every upgrade. */
export async function openSeededDatabase(version: number, fixture: DbFixture): Promise<IsipDatabase> {
  await seedDatabase(version, fixture)
  resetDatabase()
  const db = getDb()
  await db.open()
  return db
}

/** Rows sorted by their primary key, the order IndexedDB keeps them in (string keys: by code unit). */
export function byPrimaryKey<T>(rows: readonly T[], key: string): T[] {
  const of = (row: T) => String((row as Row)[key])
  return [...rows].sort((a, b) => (of(a) < of(b) ? -1 : of(a) > of(b) ? 1 : 0))
}
