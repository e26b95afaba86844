import { describe, expect, it } from 'vitest'
import ProjectCommitmentsView from '@/views/ProjectCommitmentsView.vue'
import { addCommitment, listCommitments } from '@/db/commitments'
import { getDb } from '@/db/database'
import { listPartners } from '@/db/partners'
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
})
