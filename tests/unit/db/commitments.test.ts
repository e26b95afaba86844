import { describe, expect, it } from 'vitest'
import { addCommitment, listCommitments, removeCommitment, setCommitmentStatus, updateCommitment } from '@/db/commitments'
import { addPartner } from '@/db/partners'
import { createProject } from '@/db/projects'

const me = { role: 'me' as const }
const worker = { role: 'social-worker' as const, name: 'Mme Dubois' }

describe('commitments repository', () => {
  it('keeps what I expect of the PCSW and what the PCSW expects of me, in the order written', async () => {
    const { id } = await createProject({ pcsw: { name: 'CPAS', municipality: 'Namur' } }, '2026-12-31')
    await addCommitment(id, { party: 'pcsw', text: 'Help me with a debt plan', author: me }, '2026-12-31')
    await addCommitment(id, { party: 'me', text: 'Bring my bank statements', author: worker }, '2026-12-31')
    expect(await listCommitments(id)).toMatchObject([
      { party: 'pcsw', order: 0, author: me },
      { party: 'me', order: 1, author: worker },
    ])
  })

  it('links a partner commitment to its partner, and refuses an unknown partner', async () => {
    const { id } = await createProject({ pcsw: { name: 'CPAS', municipality: 'Namur' } }, '2026-12-31')
    const partner = await addPartner(id, { name: 'Lire et Écrire' }, '2026-12-31')
    const saved = await addCommitment(id, { party: 'partner', partnerId: partner.id, text: 'A French course twice a week', author: me }, '2026-12-31')
    expect(saved.partnerId).toBe(partner.id)
    await expect(addCommitment(id, { party: 'partner', partnerId: 'nope', text: 'x', author: me }, '2026-12-31')).rejects.toThrow('No partner nope')
    expect(await listCommitments(id)).toHaveLength(1)
  })

  it('rewrites a commitment keeping who wrote it first and who changed it, refuses an empty one, and removes one', async () => {
    const { id } = await createProject({ pcsw: { name: 'CPAS', municipality: 'Namur' } }, '2026-12-31')
    const c = await addCommitment(id, { party: 'me', text: 'Come to meetings', author: worker }, '2026-12-31')
    expect(await updateCommitment(c.id, 'Come to every meeting', me, '2026-12-31')).toMatchObject({
      text: 'Come to every meeting',
      author: worker,
      edits: [{ role: 'me', on: '2026-12-31' }],
    })
    await expect(updateCommitment(c.id, ' ', me, '2026-12-31')).rejects.toMatchObject({ errors: { text: 'text_required' } })
    await expect(addCommitment(id, { party: 'me', text: '', author: me }, '2026-12-31')).rejects.toMatchObject({ errors: { text: 'text_required' } })
    await removeCommitment(c.id)
    expect(await listCommitments(id)).toEqual([])
  })

  it('keeps whether the PCSW kept a commitment and since when, through a rewrite; refuses it on the person’s own', async () => {
    const { id } = await createProject({ pcsw: { name: 'CPAS', municipality: 'Namur' } }, '2026-12-01')
    const pcsw = await addCommitment(id, { party: 'pcsw', text: 'Help me with a debt plan', author: me }, '2026-12-01')
    const mine = await addCommitment(id, { party: 'me', text: 'Bring my bank statements', author: me }, '2026-12-01')
    expect(await setCommitmentStatus(pcsw.id, 'kept', '2026-12-10')).toMatchObject({ status: 'kept', statusOn: '2026-12-10' })
    expect(await updateCommitment(pcsw.id, 'Help me with a debt plan by March', worker, '2026-12-11')).toMatchObject({ status: 'kept', statusOn: '2026-12-10' })
    await expect(setCommitmentStatus(pcsw.id, 'maybe' as never, '2026-12-11')).rejects.toMatchObject({ errors: { status: 'invalid' } })
    await expect(setCommitmentStatus(mine.id, 'kept', '2026-12-11')).rejects.toThrow()
    const cleared = await setCommitmentStatus(pcsw.id, undefined, '2026-12-12')
    expect(cleared).not.toHaveProperty('status')
    expect(cleared).not.toHaveProperty('statusOn')
    expect((await listCommitments(id)).find((c) => c.id === mine.id)).not.toHaveProperty('status')
  })
})
