import { describe, expect, it } from 'vitest'
import ProjectSummaryView from '@/views/ProjectSummaryView.vue'
import { createProject } from '@/db/projects'
import { listAnswers, saveAnswer, skipQuestion } from '@/db/reflections'
import { writeSetting } from '@/db/settings'
import { mountScreen, until } from './mount'

const samira = { role: 'companion' as const, name: 'Samira' }

async function projectWithAnswers() {
  const project = await createProject({ pcsw: { name: 'CPAS de Tournai', municipality: 'Tournai' }, companion: 'Samira' }, '2026-12-31')
  await writeSetting('currentProjectId', project.id)
  await saveAnswer(project.id, 'needs', 'A bigger flat', { role: 'me' })
  await saveAnswer(project.id, 'rid_of', 'My debts', samira)
  await skipQuestion(project.id, 'problems', samira)
  return project
}

describe('the summary of the reflection', () => {
  it('shows every question with its answer and who wrote it, skipped and unanswered ones too', async () => {
    await projectWithAnswers()
    const { wrapper } = await mountScreen(ProjectSummaryView, { path: '/project/summary' })
    await until(() => expect(wrapper.findAll('[data-testid^="summary-"]')).toHaveLength(11))
    const rid = wrapper.find('[data-testid="summary-rid_of"]')
    expect(rid.find('h2').text()).toBe('What would you like to be rid of?')
    expect(rid.find('[data-testid="answer-text"]').text()).toBe('My debts')
    expect(rid.find('[data-testid="author"]').text()).toBe('Written by Samira (person of your choice)')
    expect(wrapper.find('[data-testid="summary-needs"] [data-testid="author"]').text()).toBe('Written by you')
    expect(wrapper.find('[data-testid="summary-problems"] [data-testid="answer-missing"]').text()).toBe('Skipped')
    expect(wrapper.find('[data-testid="summary-life"] [data-testid="answer-missing"]').text()).toBe('Not answered yet')
    wrapper.unmount()
  })

  it('lets the person change an answer written by the companion, and then says both', async () => {
    const project = await projectWithAnswers()
    const { wrapper, router } = await mountScreen(ProjectSummaryView, { path: '/project/summary' })
    await until(() => expect(wrapper.find('#change-rid_of').exists()).toBe(true))
    await wrapper.find('#change-rid_of').trigger('click')
    await until(() => expect(wrapper.find('#answer-rid_of').exists()).toBe(true))
    // The open editor is in the address, so a reload reopens it.
    await until(() => expect(router.currentRoute.value.query).toEqual({ edit: 'rid_of' }))
    await wrapper.find('#answer-rid_of').setValue('My debts, and the stress')
    await wrapper.find('[data-testid="answer-editor"]').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="summary-rid_of"] [data-testid="answer-text"]').text()).toBe('My debts, and the stress'))
    expect(wrapper.find('[data-testid="summary-rid_of"] [data-testid="author"]').text()).toMatch(/^Written by Samira \(person of your choice\), changed by you on /)
    expect(wrapper.find('[role="status"]').text()).toBe('Answer saved.')
    const saved = (await listAnswers(project.id)).find((a) => a.question === 'rid_of')
    expect(saved?.author).toEqual({ role: 'companion', name: 'Samira' })
    expect(saved?.edits).toEqual([{ role: 'me', on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }])
    wrapper.unmount()
  })

  it('offers to make an objective of a wish or a problem, not of a strength', async () => {
    await projectWithAnswers()
    const { wrapper } = await mountScreen(ProjectSummaryView, { path: '/project/summary' })
    await until(() => expect(wrapper.find('[data-testid="summary-rid_of"] a').exists()).toBe(true))
    expect(wrapper.find('[data-testid="summary-rid_of"] a').attributes('href')).toBe('/project/objectives?edit=from:rid_of')
    expect(wrapper.find('[data-testid="summary-needs"] a').exists()).toBe(true)
    expect(wrapper.find('[data-testid="summary-good_at"] a').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says "written by the person" to someone helping', async () => {
    await projectWithAnswers()
    await writeSetting('writer', { mode: 'companion' })
    const { wrapper } = await mountScreen(ProjectSummaryView, { path: '/project/summary', language: 'nl' })
    await until(() => expect(wrapper.find('[data-testid="summary-needs"] [data-testid="author"]').text()).toBe('Geschreven door de persoon zelf'))
    expect(wrapper.find('[data-testid="summary-rid_of"] [data-testid="author"]').text()).toBe('Geschreven door Samira (persoon naar keuze)')
    wrapper.unmount()
  })
})
