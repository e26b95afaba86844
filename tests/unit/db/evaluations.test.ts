import { describe, expect, it } from 'vitest'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { evaluations } from '@/db/records'

const today = '2026-03-10'

describe('evaluations repository', () => {
  it('records a planned evaluation, then what was said once it was held', async () => {
    const { id } = await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, today)
    const planned = await evaluations.add(id, { plannedOn: '2026-03-09' }, today)
    const held = await evaluations.update(planned.id, { heldOn: '2026-03-09', inPerson: true, said: 'Going well', changes: '' }, today)
    expect(held).toEqual({ id: planned.id, projectId: id, plannedOn: '2026-03-09', heldOn: '2026-03-09', inPerson: true, said: 'Going well' })
  })

  it('refuses an evaluation held in the future and saves nothing', async () => {
    const { id } = await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, today)
    await expect(evaluations.add(id, { heldOn: '2026-03-11', inPerson: true }, today)).rejects.toMatchObject({ errors: { heldOn: 'held_in_future' } })
    expect(await getDb().evaluations.count()).toBe(0)
  })

  it('lists the latest first, by the day held or else planned', async () => {
    const { id } = await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, today)
    await evaluations.add(id, { heldOn: '2025-11-02' }, today)
    await evaluations.add(id, { plannedOn: '2026-06-01' }, today)
    await evaluations.add(id, { heldOn: '2026-02-02', inPerson: false }, today)
    expect((await evaluations.list(id)).map((e) => e.heldOn ?? e.plannedOn)).toEqual(['2026-06-01', '2026-02-02', '2025-11-02'])
  })
})
