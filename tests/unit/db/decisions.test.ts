import { describe, expect, it } from 'vitest'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { decisions, notices } from '@/db/records'

const today = '2026-03-10'

describe('decisions repository', () => {
  it('records a decision and, later, the day it was notified', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW Antwerpen', municipality: 'Antwerpen' } }, today)
    const decision = await decisions.add(id, { kind: 'refusal', decidedOn: '2026-02-10', summary: 'Refused: income too high' }, today)
    const notified = await decisions.update(decision.id, { notifiedOn: '2026-02-13' }, today)
    expect(notified).toMatchObject({ kind: 'refusal', decidedOn: '2026-02-10', notifiedOn: '2026-02-13', summary: 'Refused: income too high' })
    expect(await decisions.list(id)).toEqual([notified])
  })

  it('refuses a notification before its decision and keeps the decision as it was', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW Antwerpen', municipality: 'Antwerpen' } }, today)
    const decision = await decisions.add(id, { kind: 'grant', decidedOn: '2026-02-10' }, today)
    await expect(decisions.update(decision.id, { notifiedOn: '2026-02-09' }, today)).rejects.toMatchObject({ errors: { notifiedOn: 'before_decision' } })
    expect(await getDb().decisions.get(decision.id)).toEqual(decision)
  })

  it('clears a field given as blank', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW Antwerpen', municipality: 'Antwerpen' } }, today)
    const decision = await decisions.add(id, { kind: 'other', decidedOn: '2026-02-10', summary: 'Letter about my file' }, today)
    expect(await decisions.update(decision.id, { summary: ' ' }, today)).not.toHaveProperty('summary')
  })

  it('records a formal notice and refuses a hearing held before it was received', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW Antwerpen', municipality: 'Antwerpen' } }, today)
    const notice = await notices.add(id, { receivedOn: '2026-03-02' }, today)
    await expect(notices.update(notice.id, { hearingHeldOn: '2026-03-01' }, today)).rejects.toMatchObject({ errors: { hearingHeldOn: 'before_notice' } })
    expect(await notices.update(notice.id, { hearingAskedOn: '2026-03-03' }, today)).toMatchObject({ hearingAskedOn: '2026-03-03' })
  })
})
