import { describe, expect, it } from 'vitest'
import { getDb } from '@/db/database'

/** The schema as Dexie sees it: table → primary key and indexes. */
async function schema() {
  const db = getDb()
  await db.open()
  return Object.fromEntries(
    db.tables
      .map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  )
}

describe('database schema', () => {
  it('is at version 3', async () => {
    const db = getDb()
    await db.open()
    expect(db.verno).toBe(3)
  })

  // A change here is a schema change: add a new version with its upgrade and a test from the one before,
  // then update this snapshot in the same commit.
  it('matches the reviewed snapshot', async () => {
    expect(await schema()).toMatchInlineSnapshot(`
      {
        "amendments": "id, projectId, contractId",
        "commitments": "id, projectId",
        "contracts": "id, projectId",
        "decisions": "id, projectId",
        "drafts": "formId",
        "evaluations": "id, projectId",
        "meetingRequests": "id, projectId",
        "moves": "id, projectId",
        "notices": "id, projectId",
        "objectives": "id, projectId",
        "partners": "id, projectId",
        "photos": "id, projectId, ownerId",
        "projects": "id",
        "reflections": "id, projectId",
        "reminderMarks": "id, projectId",
        "settings": "key",
        "steps": "id, projectId, objectiveId",
        "trips": "id, projectId",
      }
    `)
  })
})
