import { describe, expect, it } from 'vitest'
import { getDb } from '@/db/database'
import { listCommitments } from '@/db/commitments'
import { addPartner, listPartners, removePartner, restorePartner, updatePartner } from '@/db/partners'
import { addStep, listSteps, updateStep } from '@/db/steps'
import { createProject } from '@/db/projects'

const me = { role: 'me' as const }

describe('partners repository', () => {
  it('adds a partner with its first commitment in one go', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW', municipality: 'Leuven' } }, '2026-12-31')
    const partner = await addPartner(id, { name: ' Huis van het Nederlands ', contact: '016 00 00 00' }, '2026-12-31', { text: 'Dutch lessons', author: me })
    expect(await listPartners(id)).toEqual([{ id: partner.id, projectId: id, name: 'Huis van het Nederlands', contact: '016 00 00 00' }])
    expect(await listCommitments(id)).toMatchObject([{ party: 'partner', partnerId: partner.id, text: 'Dutch lessons' }])
  })

  it('saves neither the partner nor its commitment when one of them is empty', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW', municipality: 'Leuven' } }, '2026-12-31')
    await expect(addPartner(id, { name: 'Vzw' }, '2026-12-31', { text: ' ', author: me })).rejects.toMatchObject({ errors: { text: 'text_required' } })
    await expect(addPartner(id, { name: '' }, '2026-12-31')).rejects.toMatchObject({ errors: { name: 'text_required' } })
    expect(await getDb().partners.count()).toBe(0)
    expect(await getDb().commitments.count()).toBe(0)
  })

  it('changes the contact, forgets an emptied one, and refuses an empty name', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW', municipality: 'Leuven' } }, '2026-12-31')
    const partner = await addPartner(id, { name: 'VDAB', contact: 'x' }, '2026-12-31')
    expect(await updatePartner(partner.id, { contact: '' }, '2026-12-31')).not.toHaveProperty('contact')
    await expect(updatePartner(partner.id, { name: '' }, '2026-12-31')).rejects.toMatchObject({ errors: { name: 'text_required' } })
    expect((await listPartners(id))[0]?.name).toBe('VDAB')
  })

  it('removes a partner with its commitments and keeps its steps without its name; undo puts back only what still fits', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW', municipality: 'Leuven' } }, '2026-12-31')
    const partner = await addPartner(id, { name: 'Vzw Taal' }, '2026-12-31', { text: 'Dutch lessons', author: me })
    const other = await addPartner(id, { name: 'Vzw Werk' }, '2026-12-31', { text: 'A job coach', author: me })
    const enrol = await addStep(id, { title: 'Enrol', who: 'partner', partnerId: partner.id, author: me }, '2026-12-31')
    const exam = await addStep(id, { title: 'Exam', who: 'partner', partnerId: partner.id, author: me }, '2026-12-31')
    const removed = await removePartner(partner.id)
    expect(removed.commitments.map((c) => c.text)).toEqual(['Dutch lessons'])
    expect((await listPartners(id)).map((p) => p.name)).toEqual(['Vzw Werk'])
    expect((await listCommitments(id)).map((c) => c.text)).toEqual(['A job coach'])
    expect((await listSteps(id)).map((s) => [s.title, s.who, s.partnerId])).toEqual([['Enrol', 'partner', undefined], ['Exam', 'partner', undefined]])
    // Meanwhile the exam went to the other partner: undo leaves it there.
    await updateStep(exam.id, { partnerId: other.id }, '2026-12-31')
    await restorePartner(removed)
    expect((await listPartners(id)).map((p) => p.name)).toEqual(['Vzw Taal', 'Vzw Werk'])
    expect((await listCommitments(id)).map((c) => c.text).sort()).toEqual(['A job coach', 'Dutch lessons'])
    expect((await listSteps(id)).map((s) => [s.id, s.partnerId])).toEqual([[enrol.id, partner.id], [exam.id, other.id]])
  })
})
