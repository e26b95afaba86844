import { describe, expect, it } from 'vitest'
import ProjectView from '@/views/ProjectView.vue'
import { createProject } from '@/db/projects'
import { saveAnswer } from '@/db/reflections'
import { readSetting, writeSetting } from '@/db/settings'
import { addStep } from '@/db/steps'
import { mountScreen, until } from './mount'

async function startProject() {
  const project = await createProject({ pcsw: { name: 'CPAS de Namur', municipality: 'Namur' }, companion: 'Samira' }, '2026-12-31')
  await writeSetting('currentProjectId', project.id)
  return project
}

describe('My project', () => {
  it('says where to start when there is no project yet', async () => {
    const { wrapper } = await mountScreen(ProjectView, { path: '/project' })
    await until(() => expect(wrapper.find('[data-testid="project-none"]').exists()).toBe(true))
    expect(wrapper.find('h1').text()).toBe('My project')
    expect(wrapper.find('[data-testid="project-none"] a').attributes('href')).toBe('/')
    wrapper.unmount()
  })

  it('shows the four parts with where each stands, and continues the reflection where it was left', async () => {
    const project = await startProject()
    await saveAnswer(project.id, 'needs', 'A flat', { role: 'me' }, { position: 'problems' })
    await addStep(project.id, { title: 'Call the bank', who: 'me', author: { role: 'me' } }, '2026-01-05')
    const { wrapper } = await mountScreen(ProjectView, { path: '/project', language: 'fr' })
    await until(() => expect(wrapper.find('[data-testid="answered-count"]').exists()).toBe(true))
    expect(wrapper.find('h1').text()).toBe('Mon projet')
    expect(wrapper.find('[data-testid="answered-count"]').text()).toBe('Réponses\u00a0: 1 sur 11 questions')
    expect(wrapper.find('[data-testid="reflection-resume"]').attributes('href')).toBe('/project/reflection/problems')
    expect(wrapper.find('[data-testid="reflection-resume"]').text()).toBe('Reprendre là où vous en étiez')
    expect(wrapper.find('[data-testid="part-plan"]').text()).toContain('Étapes\u00a0: 1. Faites\u00a0: 0.')
    wrapper.unmount()
  })

  it('switches to "I am helping someone" with the companion named in the project, and remembers it', async () => {
    await startProject()
    const { wrapper } = await mountScreen(ProjectView, { path: '/project' })
    await until(() => expect(wrapper.find('[data-testid="writer-switch"]').exists()).toBe(true))
    await wrapper.find('input[value="companion"]').setValue(true)
    await until(() => expect(wrapper.find('#companion-name').exists()).toBe(true))
    expect((wrapper.find('#companion-name').element as HTMLInputElement).value).toBe('Samira')
    await wrapper.find('#companion-name').setValue('Samira B.')
    await until(async () => expect(await readSetting('writer', null)).toEqual({ mode: 'companion', companionName: 'Samira B.' }))
    wrapper.unmount()
    const again = await mountScreen(ProjectView, { path: '/project' })
    await until(() => expect((again.wrapper.find('input[value="companion"]').element as HTMLInputElement).checked).toBe(true))
    again.wrapper.unmount()
  })
})
