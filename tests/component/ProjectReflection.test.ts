import { describe, expect, it } from 'vitest'
import ProjectReflectionView from '@/views/ProjectReflectionView.vue'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { listAnswers, readPosition, saveAnswer } from '@/db/reflections'
import { writeSetting } from '@/db/settings'
import { mountScreen, settle, until } from './mount'

async function startProject() {
  const project = await createProject({ pcsw: { name: 'CPAS de Tournai', municipality: 'Tournai' }, companion: 'Samira' }, '2026-12-31')
  await writeSetting('currentProjectId', project.id)
  return project
}

const heading = (wrapper: Awaited<ReturnType<typeof mountScreen>>['wrapper']) => wrapper.find('h1').text()

describe('the reflection, one question a screen', () => {
  it('asks one question in plain words with an example, and Next saves it and opens the next question', async () => {
    const project = await startProject()
    const { wrapper, router } = await mountScreen(ProjectReflectionView, { path: '/project/reflection/needs' })
    await until(() => expect(heading(wrapper)).toBe('What do you need?'))
    expect(wrapper.text()).toContain('Question 1 of 11')
    expect(wrapper.find('#reflection-example').text()).toBe('For example: a stable home, help with your papers, childcare.')
    expect(wrapper.find('#reflection-answer').attributes('aria-describedby')).toContain('reflection-example')
    await wrapper.find('#reflection-answer').setValue('A bigger flat')
    await wrapper.find('form').trigger('submit')
    await until(() => expect(router.currentRoute.value.path).toBe('/project/reflection/problems'))
    await until(() => expect(heading(wrapper)).toBe('What problems do you face?'))
    expect(await listAnswers(project.id)).toMatchObject([{ question: 'needs', text: 'A bigger flat', author: { role: 'me' } }])
    expect(await readPosition(project.id)).toBe('problems')
    wrapper.unmount()
  })

  it('skips a question, marks it skipped, and Back returns to the previous answer', async () => {
    const project = await startProject()
    await saveAnswer(project.id, 'needs', 'A flat', { role: 'me' })
    const { wrapper, router } = await mountScreen(ProjectReflectionView, { path: '/project/reflection/problems' })
    await until(() => expect(heading(wrapper)).toBe('What problems do you face?'))
    await wrapper.find('[data-testid="reflection-skip"]').trigger('click')
    await until(() => expect(router.currentRoute.value.path).toBe('/project/reflection/struggles'))
    expect((await listAnswers(project.id)).find((a) => a.question === 'problems')).toMatchObject({ skipped: true, text: '' })
    await wrapper.find('[data-testid="reflection-back"]').trigger('click')
    await until(() => expect(router.currentRoute.value.path).toBe('/project/reflection/problems'))
    await wrapper.find('[data-testid="reflection-back"]').trigger('click')
    await until(() => expect(router.currentRoute.value.path).toBe('/project/reflection/needs'))
    await until(() => expect((wrapper.find('#reflection-answer').element as HTMLTextAreaElement).value).toBe('A flat'))
    wrapper.unmount()
  })

  it('takes the person back to where they left off', async () => {
    const project = await startProject()
    await saveAnswer(project.id, 'needs', 'A flat', { role: 'me' }, { position: 'life' })
    const { wrapper, router } = await mountScreen(ProjectReflectionView, { path: '/project/reflection' })
    await until(() => expect(router.currentRoute.value.path).toBe('/project/reflection/life'))
    await until(() => expect(heading(wrapper)).toBe('What do you want to do with your life?'))
    expect(wrapper.text()).toContain('Question 6 of 11')
    wrapper.unmount()
  })

  it('after the last question, shows the summary next time', async () => {
    const project = await startProject()
    const { wrapper, router } = await mountScreen(ProjectReflectionView, { path: '/project/reflection/pcsw_help' })
    await until(() => expect(wrapper.find('[data-testid="reflection-next"]').text()).toBe('See all the answers'))
    await wrapper.find('#reflection-answer').setValue('A language course')
    await wrapper.find('form').trigger('submit')
    await until(() => expect(router.currentRoute.value.path).toBe('/project/summary'))
    expect(await readPosition(project.id)).toBe('summary')
    wrapper.unmount()
  })

  it('keeps what was typed, unsaved, when the screen is closed and opened again', async () => {
    await startProject()
    const first = await mountScreen(ProjectReflectionView, { path: '/project/reflection/rid_of' })
    await until(() => expect(first.wrapper.find('#reflection-answer').exists()).toBe(true))
    await first.wrapper.find('#reflection-answer').setValue('My debts and')
    await until(async () => expect((await getDb().drafts.toArray()).map((d) => d.values.text)).toEqual(['My debts and']))
    first.wrapper.unmount()
    const second = await mountScreen(ProjectReflectionView, { path: '/project/reflection/rid_of' })
    await until(() => expect((second.wrapper.find('#reflection-answer').element as HTMLTextAreaElement).value).toBe('My debts and'))
    second.wrapper.unmount()
  })

  it('addresses the companion ("Ask them") and records their name on the answer', async () => {
    const project = await startProject()
    await writeSetting('writer', { mode: 'companion' })
    const { wrapper, router } = await mountScreen(ProjectReflectionView, { path: '/project/reflection/good_at' })
    await until(() => expect(heading(wrapper)).toBe('Ask them: What are you good at?'))
    expect(wrapper.find('label[for="reflection-answer"]').text()).toBe('Their answer')
    expect(wrapper.find('[data-testid="writer-now"]').text()).toBe('Samira is helping and writing.')
    await wrapper.find('#reflection-answer').setValue('Cooking for many people')
    await wrapper.find('form').trigger('submit')
    await until(() => expect(router.currentRoute.value.path).toBe('/project/reflection/less_good_at'))
    expect(await listAnswers(project.id)).toMatchObject([{ question: 'good_at', author: { role: 'companion', name: 'Samira' } }])
    wrapper.unmount()
  })

  it('going through unchanged answers keeps who wrote them', async () => {
    const project = await startProject()
    await saveAnswer(project.id, 'needs', 'A flat', { role: 'companion', name: 'Samira' })
    const { wrapper, router } = await mountScreen(ProjectReflectionView, { path: '/project/reflection/needs' })
    await until(() => expect(wrapper.find('[data-testid="author"]').text()).toBe('Written by Samira (person of your choice)'))
    await wrapper.find('form').trigger('submit')
    await until(() => expect(router.currentRoute.value.path).toBe('/project/reflection/problems'))
    await settle()
    expect((await listAnswers(project.id))[0]?.author).toEqual({ role: 'companion', name: 'Samira' })
    wrapper.unmount()
  })

  it('speaks to a French companion', async () => {
    await startProject()
    await writeSetting('writer', { mode: 'companion' })
    const { wrapper } = await mountScreen(ProjectReflectionView, { language: 'fr', path: '/project/reflection/pcsw_help' })
    await until(() => expect(heading(wrapper)).toBe('Demandez-lui\u00a0: Comment le CPAS peut-il vous aider\u202f?'))
    wrapper.unmount()
  })

  it('skipping a question with words in it asks whether to keep them: keep saves the answer', async () => {
    const project = await startProject()
    const { wrapper, router } = await mountScreen(ProjectReflectionView, { path: '/project/reflection/needs' })
    await until(() => expect(wrapper.find('#reflection-answer').exists()).toBe(true))
    await wrapper.find('#reflection-answer').setValue('A flat')
    await wrapper.find('[data-testid="reflection-skip"]').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="skip-ask"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="skip-ask"]').text()).toContain('You wrote something here. Do you want to keep it?')
    expect(document.activeElement?.getAttribute('data-testid')).toBe('skip-keep')
    expect(router.currentRoute.value.path).toBe('/project/reflection/needs')
    await wrapper.find('[data-testid="skip-keep"]').trigger('click')
    await until(() => expect(router.currentRoute.value.path).toBe('/project/reflection/problems'))
    expect(await listAnswers(project.id)).toMatchObject([{ question: 'needs', text: 'A flat' }])
    wrapper.unmount()
  })

  it('skipping without keeping empties a saved answer and forgets what was typed', async () => {
    const project = await startProject()
    await saveAnswer(project.id, 'needs', 'A flat', { role: 'me' })
    const { wrapper, router } = await mountScreen(ProjectReflectionView, { path: '/project/reflection/needs' })
    await until(() => expect((wrapper.find('#reflection-answer').element as HTMLTextAreaElement).value).toBe('A flat'))
    await wrapper.find('[data-testid="reflection-skip"]').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="skip-drop"]').exists()).toBe(true))
    await wrapper.find('[data-testid="skip-drop"]').trigger('click')
    await until(() => expect(router.currentRoute.value.path).toBe('/project/reflection/problems'))
    await settle()
    expect(await listAnswers(project.id)).toMatchObject([{ question: 'needs', text: '', skipped: true }])
    expect(await getDb().drafts.count()).toBe(0)
    wrapper.unmount()
  })

  it('skipping a field of only invisible characters asks nothing, and "stay" keeps the person on the question', async () => {
    await startProject()
    const { wrapper, router } = await mountScreen(ProjectReflectionView, { path: '/project/reflection/needs' })
    await until(() => expect(wrapper.find('#reflection-answer').exists()).toBe(true))
    await wrapper.find('#reflection-answer').setValue('Some words')
    await wrapper.find('[data-testid="reflection-skip"]').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="skip-stay"]').exists()).toBe(true))
    await wrapper.find('[data-testid="skip-stay"]').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="skip-ask"]').exists()).toBe(false))
    await wrapper.find('#reflection-answer').setValue('\u200B\u00A0 ')
    await wrapper.find('[data-testid="reflection-skip"]').trigger('click')
    await until(() => expect(router.currentRoute.value.path).toBe('/project/reflection/problems'))
    wrapper.unmount()
  })

  it('counts down the characters left as an answer nears its limit, and refuses one too long', async () => {
    const project = await startProject()
    const { wrapper } = await mountScreen(ProjectReflectionView, { path: '/project/reflection/needs' })
    await until(() => expect(wrapper.find('#reflection-answer').exists()).toBe(true))
    expect(wrapper.find('[data-testid="field-count"]').text()).toBe('')
    await wrapper.find('#reflection-answer').setValue('x'.repeat(4990))
    expect(wrapper.find('[data-testid="field-count"]').text()).toBe('10\u00a0characters left')
    expect(wrapper.find('#reflection-answer').attributes('aria-describedby')).toContain('reflection-answer-count')
    await wrapper.find('#reflection-answer').setValue('x'.repeat(5001))
    expect(wrapper.find('[data-testid="field-count"]').text()).toBe('1\u00a0character too many')
    await wrapper.find('form').trigger('submit')
    await until(() => expect(wrapper.find('.field__error').text()).toBe('This is too long: 5000\u00a0characters at most. Make it shorter.'))
    expect(await listAnswers(project.id)).toEqual([])
    wrapper.unmount()
  })
})
