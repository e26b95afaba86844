import { describe, expect, it } from 'vitest'
import { getDb } from '@/db/database'
import { lastExportKey, loadProjectFacts } from '@/db/facts'
import { createProject } from '@/db/projects'
import { writeSetting } from '@/db/settings'
import { computeReminders } from '@/domain/reminders'

describe('loadProjectFacts', () => {
  it('reads one project’s records and none of another’s', async () => {
    const mine = await createProject({ pcsw: { name: 'CPAS de Namur', municipality: 'Namur' }, requestedOn: '2026-12-18' }, '2026-12-31')
    const other = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, '2026-12-31')
    const db = getDb()
    await db.meetingRequests.bulkAdd([
      { id: 'm1', projectId: mine.id, askedOn: '2026-12-18', how: 'phone' },
      { id: 'm2', projectId: other.id, askedOn: '2026-12-01', how: 'letter' },
    ])
    await writeSetting(lastExportKey(mine.id), '2026-11-01')
    const facts = await loadProjectFacts(mine.id)
    expect(facts?.project.id).toBe(mine.id)
    expect(facts?.meetingRequests?.map((m) => m.id)).toEqual(['m1'])
    expect(facts?.lastExportOn).toBe('2026-11-01')
  })

  it('feeds the rules engine: a meeting asked on Friday 18 December 2026 is due Monday 28 December', async () => {
    const project = await createProject({ pcsw: { name: 'CPAS de Namur', municipality: 'Namur' } }, '2026-12-31')
    await getDb().meetingRequests.add({ id: 'm1', projectId: project.id, askedOn: '2026-12-18', how: 'in_person' })
    const facts = await loadProjectFacts(project.id)
    const meeting = computeReminders(facts!, '2026-12-19').find((r) => r.kind === 'meeting-due')
    expect(meeting?.due).toBe('2026-12-28')
  })

  it('is undefined for a project that does not exist', async () => {
    expect(await loadProjectFacts('nope')).toBeUndefined()
  })
})
