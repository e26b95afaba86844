import { describe, expect, it } from 'vitest'
import { getDb } from '@/db/database'
import { addAmendment, listAmendments, listContracts, saveContract } from '@/db/contracts'
import { createProject } from '@/db/projects'
import { ValidationError } from '@/domain/validation'

const today = '2026-03-10'
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
    const change = saveContract(projectId, signed.id, { draftReceivedOn: '2026-02-02', signedOn: '2026-02-11', signedBy: { me: '2026-02-09', pcsw: '2026-02-10' } }, today)
    await expect(change).rejects.toBeInstanceOf(ValidationError)
    await expect(change).rejects.toMatchObject({ errors: { signedOn: 'signed' } })
    expect((await getDb().contracts.get(signed.id))?.signedOn).toBe('2026-02-09')
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
