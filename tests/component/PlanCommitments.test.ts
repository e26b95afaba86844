import { describe, expect, it } from 'vitest'
import ProjectCommitmentsView from '@/views/ProjectCommitmentsView.vue'
import { addCommitment, listCommitments } from '@/db/commitments'
import { getDb } from '@/db/database'
import { addPartner, listPartners } from '@/db/partners'
import { addStep, listSteps } from '@/db/steps'
import { createProject } from '@/db/projects'
import { writeSetting } from '@/db/settings'
import { mountScreen, settle, until } from './mount'

async function startProject() {
  const project = await createProject({ pcsw: { name: 'OCMW Leuven', municipality: 'Leuven' }, companion: 'Samira' }, '2026-12-31')
  await writeSetting('currentProjectId', project.id)
  return project
}

describe('commitments and partner organisations', () => {
  it('writes what I expect of the PCSW and what the PCSW expects of me', async () => {
    const project = await startProject()
    const { wrapper } = await mountScreen(ProjectCommitmentsView, { path: '/project/commitments' })
    await until(() => expect(wrapper.find('[data-testid="commitment-add-pcsw"]').exists()).toBe(true))
    await wrapper.find('#commitment-new-pcsw').setValue('Help me make a debt plan')
    await wrapper.find('[data-testid="commitment-add-pcsw"]').trigger('submit')
    await wrapper.find('#commitment-new-me').setValue('Bring my bank statements')
    await wrapper.find('[data-testid="commitment-add-me"]').trigger('submit')
    await until(() => expect(wrapper.findAll('[data-testid="commitment"]')).toHaveLength(2))
    expect(wrapper.find('[data-testid="commitments-pcsw"]').text()).toContain('Help me make a debt plan')
    expect(wrapper.find('[data-testid="commitments-me"]').text()).toContain('Bring my bank statements')
    expect((wrapper.find('#commitment-new-pcsw').element as HTMLTextAreaElement).value).toBe('')
    expect(await listCommitments(project.id)).toMatchObject([
      { party: 'pcsw', author: { role: 'me' } },
      { party: 'me', author: { role: 'me' } },
    ])
    wrapper.unmount()
  })

  it('refuses an empty commitment with a message next to the field', async () => {
    const project = await startProject()
    const { wrapper } = await mountScreen(ProjectCommitmentsView, { path: '/project/commitments', language: 'nl' })
    await until(() => expect(wrapper.find('[data-testid="commitment-add-me"]').exists()).toBe(true))
    await wrapper.find('[data-testid="commitment-add-me"]').trigger('submit')
    await settle()
    expect(wrapper.find('#commitment-new-me-error').text()).toBe('Schrijf hier iets.')
    expect(wrapper.find('#commitment-new-me').attributes('aria-invalid')).toBe('true')
    expect(document.activeElement?.id).toBe('commitment-new-me')
    expect(await listCommitments(project.id)).toEqual([])
    wrapper.unmount()
  })

  it('adds a partner organisation with its contact and what it commits to, in one go', async () => {
    const project = await startProject()
    await writeSetting('writer', { mode: 'companion' })
    const { wrapper } = await mountScreen(ProjectCommitmentsView, { path: '/project/commitments' })
    await until(() => expect(wrapper.find('#partner-add').exists()).toBe(true))
    await wrapper.find('#partner-add').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="partner-form"]').exists()).toBe(true))
    await wrapper.find('[data-testid="partner-form"]').trigger('submit')
    await settle()
    expect(wrapper.find('#partner-name-error').text()).toBe('Write something here.')
    await wrapper.find('#partner-name').setValue('Huis van het Nederlands')
    await wrapper.find('#partner-contact').setValue('016 00 00 00')
    await wrapper.find('#partner-commitment').setValue('Dutch lessons twice a week')
    await wrapper.find('[data-testid="partner-form"]').trigger('submit')
    await until(() => expect(wrapper.findAll('[data-testid="partner"]')).toHaveLength(1))
    const partner = wrapper.find('[data-testid="partner"]')
    expect(partner.find('h3').text()).toBe('Huis van het Nederlands')
    expect(partner.text()).toContain('Contact: 016 00 00 00')
    expect(partner.find('[data-testid="commitment"]').text()).toContain('Dutch lessons twice a week')
    expect(partner.find('[data-testid="author"]').text()).toBe('Written by Samira (person of your choice)')
    const [saved] = await listPartners(project.id)
    expect(await listCommitments(project.id)).toMatchObject([{ party: 'partner', partnerId: saved?.id }])
    wrapper.unmount()
  })

  it('changes a commitment, and removes one only after a second yes', async () => {
    const project = await startProject()
    await addCommitment(project.id, { party: 'me', text: 'Come to meetings', author: { role: 'social-worker', name: 'Mme Dubois' } }, '2026-12-31')
    const { wrapper } = await mountScreen(ProjectCommitmentsView, { path: '/project/commitments' })
    await until(() => expect(wrapper.find('[data-testid="commitment"]').exists()).toBe(true))
    await wrapper.find('[data-testid="commitment"] button').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="commitment-editor"]').exists()).toBe(true))
    await wrapper.find('[data-testid="commitment-editor"] textarea').setValue('Come to every meeting')
    await wrapper.find('[data-testid="commitment-editor"]').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="commitment"]').text()).toContain('Come to every meeting'))
    expect(wrapper.find('[data-testid="commitment"] [data-testid="author"]').text()).toMatch(/^Written by Mme Dubois \(social worker\), changed by you on /)
    const remove = wrapper.findAll('[data-testid="commitment"] button').find((b) => b.text().startsWith('Remove'))
    await remove?.trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="commitment"]').text()).toContain('Remove this commitment?')
    expect(await listCommitments(project.id)).toHaveLength(1)
    await wrapper.findAll('[data-testid="commitment"] button').find((b) => b.text() === 'Yes, remove')?.trigger('click')
    await until(() => expect(wrapper.find('[data-testid="commitment"]').exists()).toBe(false))
    expect(await listCommitments(project.id)).toEqual([])
    expect(await getDb().drafts.count()).toBe(0)
    wrapper.unmount()
  })

  it('removes a partner after saying what goes with it and what stays, and puts it all back on undo', async () => {
    const project = await startProject()
    const partner = await addPartner(project.id, { name: 'Lire et Écrire' }, '2026-12-31', { text: 'A French course', author: { role: 'me' } })
    await addCommitment(project.id, { party: 'partner', partnerId: partner.id, text: 'A certificate', author: { role: 'me' } }, '2026-12-31')
    await addCommitment(project.id, { party: 'me', text: 'Come to meetings', author: { role: 'me' } }, '2026-12-31')
    const step = await addStep(project.id, { title: 'Enrol', who: 'partner', partnerId: partner.id, author: { role: 'me' } }, '2026-12-31')
    const { wrapper } = await mountScreen(ProjectCommitmentsView, { path: '/project/commitments' })
    await until(() => expect(wrapper.find('[data-testid="remove-partner"]').exists()).toBe(true))
    await wrapper.find('[data-testid="remove-partner"] button').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="remove-partner"] p').text()).toBe(
      'Remove Lire et Écrire from your project? What it commits to (2 commitments) is removed with it. The step it was to do stays in your plan, without its name.',
    )
    expect(await listPartners(project.id)).toHaveLength(1)
    await wrapper.findAll('[data-testid="remove-partner"] button').find((b) => b.text() === 'Yes, remove')?.trigger('click')
    await until(() => expect(wrapper.find('[data-testid="partner"]').exists()).toBe(false))
    expect(wrapper.find('[role="status"]').text()).toBe('Lire et Écrire removed.')
    expect(await listPartners(project.id)).toEqual([])
    expect((await listCommitments(project.id)).map((c) => c.text)).toEqual(['Come to meetings'])
    const [kept] = await listSteps(project.id)
    expect(kept).toMatchObject({ id: step.id, who: 'partner' })
    expect(kept).not.toHaveProperty('partnerId')
    expect(document.activeElement?.id).toBe('partner-undo')

    await wrapper.find('#partner-undo').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="partner"]').exists()).toBe(true))
    expect(wrapper.find('[role="status"]').text()).toBe('Lire et Écrire is back, with what it commits to.')
    expect((await listCommitments(project.id)).map((c) => c.text).sort()).toEqual(['A French course', 'A certificate', 'Come to meetings'])
    expect((await listSteps(project.id))[0]).toMatchObject({ partnerId: partner.id })
    expect(wrapper.find('[data-testid="partner-removed"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('keeps a partner when the person says no', async () => {
    const project = await startProject()
    await addPartner(project.id, { name: 'Lire et Écrire' }, '2026-12-31')
    const { wrapper } = await mountScreen(ProjectCommitmentsView, { path: '/project/commitments', language: 'fr' })
    await until(() => expect(wrapper.find('[data-testid="remove-partner"]').exists()).toBe(true))
    await wrapper.find('[data-testid="remove-partner"] button').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="remove-partner"] p').text()).toBe('Retirer Lire et Écrire de votre projet\u202f?')
    await wrapper.findAll('[data-testid="remove-partner"] button')[1]?.trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="remove-partner"] p').exists()).toBe(false)
    expect(await listPartners(project.id)).toHaveLength(1)
    wrapper.unmount()
  })

  it('notes whether the PCSW kept its commitment, with the day, and takes it back on a second tap', async () => {
    const project = await startProject()
    await addCommitment(project.id, { party: 'pcsw', text: 'Help me with a debt plan', author: { role: 'me' } }, '2026-12-31')
    await addCommitment(project.id, { party: 'me', text: 'Come to meetings', author: { role: 'me' } }, '2026-12-31')
    const { wrapper } = await mountScreen(ProjectCommitmentsView, { path: '/project/commitments', language: 'nl' })
    await until(() => expect(wrapper.find('[data-testid="commitment-status"]').exists()).toBe(true))
    // Only what the PCSW committed to gets a status, not what the person committed to.
    expect(wrapper.findAll('[data-testid="commitment-status"]')).toHaveLength(1)
    expect(wrapper.find('[data-testid="commitments-me"] [data-testid="commitment-status"]').exists()).toBe(false)
    const status = () => wrapper.find('[data-testid="commitment-status"]')
    expect(status().text()).toContain('Heeft het OCMW dit gedaan?')
    await status().find('button[data-status="not_yet"]').trigger('click')
    await until(() => expect(status().attributes('data-status')).toBe('not_yet'))
    expect(status().find('button[data-status="not_yet"]').attributes('aria-pressed')).toBe('true')
    expect(status().find('button[data-status="kept"]').attributes('aria-pressed')).toBe('false')
    expect(status().text()).toContain('Nog niet (genoteerd op')
    expect(status().find('[role="status"]').text()).toBe('Genoteerd: Nog niet.')
    const [pcsw] = (await listCommitments(project.id)).filter((c) => c.party === 'pcsw')
    expect(pcsw).toMatchObject({ status: 'not_yet', statusOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })
    await status().find('button[data-status="not_yet"]').trigger('click')
    await until(() => expect(status().attributes('data-status')).toBeUndefined())
    const [cleared] = (await listCommitments(project.id)).filter((c) => c.party === 'pcsw')
    expect(cleared).not.toHaveProperty('status')
    expect(cleared).not.toHaveProperty('statusOn')
    wrapper.unmount()
  })
})
