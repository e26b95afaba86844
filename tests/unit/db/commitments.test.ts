import { describe, expect, it } from 'vitest'
import { addCommitment, listCommitments, removeCommitment, updateCommitment } from '@/db/commitments'
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
})
