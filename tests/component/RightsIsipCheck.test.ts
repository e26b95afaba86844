import { describe, expect, it } from 'vitest'
import RightsIsipCheckView from '@/views/RightsIsipCheckView.vue'
import { createProject, getProject } from '@/db/projects'
import { mountScreen, settle, until } from './mount'

type Wrapper = Awaited<ReturnType<typeof mountScreen>>['wrapper']

async function answer(wrapper: Wrapper, choices: Record<string, string>) {
  for (const [question, option] of Object.entries(choices)) await wrapper.find(`[data-testid="isip-${question}-${option}"]`).setValue(true)
  await settle()
}

function result(wrapper: Wrapper) {
  const section = wrapper.find('[data-testid="isip-check-result"]')
  return { answer: section.attributes('data-answer'), reasons: section.findAll('[data-reason]').map((li) => li.attributes('data-reason')), text: section.text() }
}

describe('must I have an ISIP?', () => {
  it('cannot tell before any answer, and says what is missing', async () => {
    const { wrapper } = await mountScreen(RightsIsipCheckView, { path: '/rights/isip-check' })
    expect(result(wrapper).answer).toBe('unknown')
    expect(result(wrapper).reasons).toContain('isip_required.unknown_age')
    wrapper.unmount()
  })

  it.each([
    ['en', 'a person with subsidiary protection', 'first three months'],
    ['fr', 'protection subsidiaire', 'trois premiers mois'],
    ['nl', 'subsidiaire bescherming', 'eerste drie maanden'],
  ] as const)('says in %s that the same rules hold with subsidiary protection, and for EU citizens after three months', async (language, protection, months) => {
    const { wrapper } = await mountScreen(RightsIsipCheckView, { language, path: '/rights/isip-check' })
    const who = wrapper.find('[data-testid="isip-check-who"]').text()
    expect(who).toContain(protection)
    expect(who).toContain(months)
    wrapper.unmount()
  })

  it('says yes for someone under 25, because of their age', async () => {
    const { wrapper } = await mountScreen(RightsIsipCheckView, { path: '/rights/isip-check' })
    await answer(wrapper, { age: 'under_25' })
    expect(result(wrapper)).toMatchObject({ answer: 'yes', reasons: ['isip_required.under_25'] })
    expect(result(wrapper).text).toContain('You are under 25: an ISIP is mandatory.')
    wrapper.unmount()
  })

  it('says yes for a new beneficiary of 25 or more, because they are new', async () => {
    const { wrapper } = await mountScreen(RightsIsipCheckView, { path: '/rights/isip-check' })
    await answer(wrapper, { age: 'age_25_or_more', new: 'new_no' })
    expect(result(wrapper)).toMatchObject({ answer: 'yes', reasons: ['isip_required.new_beneficiary'] })
    wrapper.unmount()
  })

  it('says no for someone of 25 or more who is not new', async () => {
    const { wrapper } = await mountScreen(RightsIsipCheckView, { path: '/rights/isip-check' })
    await answer(wrapper, { age: 'age_25_or_more', new: 'yes' })
    expect(result(wrapper).answer).toBe('no')
    expect(result(wrapper).reasons).toContain('isip_required.not_mandatory')
    wrapper.unmount()
  })

  it('says not required when the PCSW accepted health reasons, and that an ISIP stays possible', async () => {
    const { wrapper } = await mountScreen(RightsIsipCheckView, { path: '/rights/isip-check' })
    await answer(wrapper, { age: 'under_25', exemption: 'health' })
    expect(result(wrapper)).toMatchObject({ answer: 'not-required' })
    expect(result(wrapper).reasons).toEqual(['isip_required.under_25', 'isip_required.exempt_health', 'isip_required.optional_still_possible'])
    wrapper.unmount()
  })

  it('says not required for someone working with integration income as a top-up, in French too', async () => {
    const { wrapper } = await mountScreen(RightsIsipCheckView, { language: 'fr', path: '/rights/isip-check' })
    await answer(wrapper, { age: 'under_25', new: 'new_no', work: 'yes' })
    expect(result(wrapper).answer).toBe('not-required')
    expect(result(wrapper).reasons[0]).toBe('isip_required.working_top_up')
    expect(result(wrapper).text).toContain('Pas obligatoire')
    wrapper.unmount()
  })

  it('starts from what the project already says, without saving anything', async () => {
    const project = await createProject({ pcsw: { name: 'CPAS', municipality: 'Mons' }, ageBand: 'under-25' }, '2026-12-31')
    const { wrapper } = await mountScreen(RightsIsipCheckView, { path: '/rights/isip-check' })
    await until(() => expect(result(wrapper).answer).toBe('yes'))
    expect(wrapper.find('[data-testid="isip-check-from-project"]').exists()).toBe(true)
    await answer(wrapper, { age: 'age_25_or_more', new: 'yes' })
    expect(result(wrapper).answer).toBe('no')
    expect((await getProject(project.id))?.ageBand).toBe('under-25')
    wrapper.unmount()
  })
})
