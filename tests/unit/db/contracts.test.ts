import { describe, expect, it } from 'vitest'
import { getDb } from '@/db/database'
import { addAmendment, correctContract, listAmendments, listContracts, saveContract } from '@/db/contracts'
import { createProject } from '@/db/projects'
import { ValidationError } from '@/domain/validation'

const today = '2026-03-10'
const nextDay = '2026-03-11'
const project = () => createProject({ pcsw: { name: 'CPAS de Namur', municipality: 'Namur' } }, today)

describe('contracts repository', () => {
  it('records a draft, then corrects it freely until the person signs', async () => {
    const { id: projectId } = await project()
    const draft = await saveContract(projectId, undefined, { draftReceivedOn: '2026-02-02', signedBy: {} }, today)
    const corrected = await saveContract(projectId, draft.id, { draftReceivedOn: '2026-02-03', signedBy: {}, durationMonths: 12 }, today)
    expect(corrected).toMatchObject({ id: draft.id, draftReceivedOn: '2026-02-03', durationMonths: 12 })
    expect(await listContracts(projectId)).toEqual([corrected])
  })

  it('refuses a signature before the draft was handed over and saves nothing', async () => {
    const { id: projectId } = await project()
    const attempt = saveContract(projectId, undefined, { draftReceivedOn: '2026-02-02', signedOn: '2026-02-01', signedBy: { me: '2026-02-01' } }, today)
    await expect(attempt).rejects.toBeInstanceOf(ValidationError)
    await expect(attempt).rejects.toMatchObject({ errors: { signedOn: 'before_draft', 'signedBy.me': 'before_draft' } })
    expect(await getDb().contracts.count()).toBe(0)
  })

  it('once signed, fills in a later signature but never changes a signed detail', async () => {
    const { id: projectId } = await project()
    const signed = await saveContract(projectId, undefined, { draftReceivedOn: '2026-02-02', signedOn: '2026-02-09', signedBy: { me: '2026-02-09' } }, today)
    const withPcsw = await saveContract(projectId, signed.id, { draftReceivedOn: '2026-02-02', signedOn: '2026-02-09', signedBy: { me: '2026-02-09', pcsw: '2026-02-10' } }, today)
    expect(withPcsw.signedBy).toEqual({ me: '2026-02-09', pcsw: '2026-02-10' })
    // The day after it was written, a signed detail no longer changes by a plain save.
    const change = saveContract(projectId, signed.id, { draftReceivedOn: '2026-02-02', signedOn: '2026-02-11', signedBy: { me: '2026-02-09', pcsw: '2026-02-10' } }, nextDay)
    await expect(change).rejects.toBeInstanceOf(ValidationError)
    await expect(change).rejects.toMatchObject({ errors: { signedOn: 'signed' } })
    expect((await getDb().contracts.get(signed.id))?.signedOn).toBe('2026-02-09')
  })

  it('lets a signature written today be corrected today (a typo), and keeps the day each detail was written', async () => {
    const { id: projectId } = await project()
    const signed = await saveContract(projectId, undefined, { draftReceivedOn: '2026-02-02', signedBy: { me: '2026-03-01' } }, today)
    expect(signed.recordedOn).toEqual({ draftReceivedOn: today, 'signedBy.me': today })
    const typo = await saveContract(projectId, signed.id, { draftReceivedOn: '2026-02-02', signedBy: { me: '2026-02-10' } }, today)
    expect(typo.signedBy.me).toBe('2026-02-10')
    // A detail filled in on a later day has its own day.
    const withPcsw = await saveContract(projectId, signed.id, { draftReceivedOn: '2026-02-02', signedBy: { me: '2026-02-10', pcsw: '2026-02-12' } }, nextDay)
    expect(withPcsw.recordedOn).toEqual({ draftReceivedOn: today, 'signedBy.me': today, 'signedBy.pcsw': nextDay })
  })

  it('corrects a signed date later only with why, and keeps the correction in the contract’s history', async () => {
    const { id: projectId } = await project()
    const signed = await saveContract(projectId, undefined, { draftReceivedOn: '2026-02-02', signedBy: { me: '2026-02-13' } }, today)
    await expect(correctContract(signed.id, { field: 'signedBy.me', to: '2026-02-03', reason: '' }, nextDay)).rejects.toMatchObject({ errors: { reason: 'text_required' } })
    await expect(correctContract(signed.id, { field: 'signedBy.me', to: '2026-02-13', reason: 'typo' }, nextDay)).rejects.toMatchObject({ errors: { to: 'unchanged' } })
    await expect(correctContract(signed.id, { field: 'signedBy.me', to: '2026-02-01', reason: 'typo' }, nextDay)).rejects.toMatchObject({ errors: { to: 'before_draft' } })
    expect(await getDb().contracts.get(signed.id)).toEqual(signed)
    const corrected = await correctContract(signed.id, { field: 'signedBy.me', to: '2026-02-03', reason: 'I typed 13 for 3' }, nextDay)
    expect(corrected.signedBy.me).toBe('2026-02-03')
    expect(corrected.corrections).toMatchObject([{ field: 'signedBy.me', from: '2026-02-13', to: '2026-02-03', reason: 'I typed 13 for 3', on: nextDay }])
    // A later plain save keeps the history.
    const later = await saveContract(projectId, signed.id, { draftReceivedOn: '2026-02-02', signedBy: { me: '2026-02-03', pcsw: '2026-02-20' } }, nextDay)
    expect(later.corrections).toHaveLength(1)
  })

  it('keeps every amendment in the order agreed, after the contract as signed', async () => {
    const { id: projectId } = await project()
    const contract = await saveContract(projectId, undefined, { draftReceivedOn: '2026-01-05', signedOn: '2026-01-12', signedBy: { me: '2026-01-12', pcsw: '2026-01-12' } }, today)
    await addAmendment(contract.id, { agreedOn: '2026-03-01', change: 'The training starts in April', agreedBy: { me: '2026-03-01', pcsw: '2026-03-01' } }, today)
    await addAmendment(contract.id, { agreedOn: '2026-02-01', change: 'A partner joins', agreedBy: { me: '2026-02-01', pcsw: '2026-02-01', partner: '2026-02-01' } }, today)
    expect((await listAmendments(projectId)).map((a) => a.change)).toEqual(['A partner joins', 'The training starts in April'])
    expect(await getDb().contracts.get(contract.id)).toEqual(contract)
  })

  it('refuses an amendment before the signature, or to a contract not signed yet', async () => {
    const { id: projectId } = await project()
    const draft = await saveContract(projectId, undefined, { draftReceivedOn: '2026-01-05', signedBy: {} }, today)
    await expect(addAmendment(draft.id, { agreedOn: '2026-02-01', change: 'x', agreedBy: {} }, today)).rejects.toThrow('signed contract')
    const signed = await saveContract(projectId, draft.id, { draftReceivedOn: '2026-01-05', signedOn: '2026-01-12', signedBy: {} }, today)
    await expect(addAmendment(signed.id, { agreedOn: '2026-01-11', change: 'x', agreedBy: {} }, today)).rejects.toMatchObject({ errors: { agreedOn: 'before_signature' } })
    expect(await getDb().amendments.count()).toBe(0)
  })
})
