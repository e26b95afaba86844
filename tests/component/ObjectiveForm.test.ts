import { describe, expect, it } from 'vitest'
import ProjectObjectivesView from '@/views/ProjectObjectivesView.vue'
import { getDb } from '@/db/database'
import { addObjective, listObjectives } from '@/db/objectives'
import { createProject } from '@/db/projects'
import { saveAnswer } from '@/db/reflections'
import { writeSetting } from '@/db/settings'
import { draftOf, mountScreen, settle, until } from './mount'

async function startProject() {
  const project = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' }, companion: 'Samira' }, '2026-12-31')
  await writeSetting('currentProjectId', project.id)
  return project
}

describe('objectives', () => {
  it('offers an answer as an objective, pre-filled, and links the objective to the answer', async () => {
    const project = await startProject()
    await saveAnswer(project.id, 'rid_of', 'My debts', { role: 'me' })
    const { wrapper } = await mountScreen(ProjectObjectivesView, { path: '/project/objectives' })
    await until(() => expect(wrapper.find('[data-testid="suggestion-rid_of"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="suggestion-rid_of"]').text()).toContain('You said you want to be rid of this:')
    await wrapper.find('[data-testid="suggestion-rid_of"] button').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="objective-form"]').exists()).toBe(true))
    expect((wrapper.find('#objective-title').element as HTMLTextAreaElement).value).toBe('My debts')
    expect((wrapper.find('input[value="rid_of"]').element as HTMLInputElement).checked).toBe(true)
    await wrapper.find('#objective-domain').setValue('debt')
    await wrapper.find('#objective-target-date').setValue('2026-12-31')
    await wrapper.find('[data-testid="objective-form"]').trigger('submit')
    await until(() => expect(wrapper.findAll('[data-testid="objective"]')).toHaveLength(1))
    expect(await listObjectives(project.id)).toMatchObject([
      { title: 'My debts', aim: 'rid_of', domain: 'debt', targetDate: '2026-12-31', status: 'open', fromAnswerId: `${project.id}:rid_of`, author: { role: 'me' } },
    ])
    expect(wrapper.find('[data-testid="objective"]').text()).toContain('From your answer to: What would you like to be rid of?')
    // Once used, the answer is no longer offered.
    expect(wrapper.find('[data-testid="objective-suggestions"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('refuses an empty title, no domain and a date that does not exist, says why next to each field, and saves nothing', async () => {
    const project = await startProject()
    const { wrapper } = await mountScreen(ProjectObjectivesView, { path: '/project/objectives?edit=new' })
    await until(() => expect(wrapper.find('[data-testid="objective-form"]').exists()).toBe(true))
    const date = wrapper.find('#objective-target-date')
    // What Chromium does with 30 February typed in a date field: an empty value, flagged as bad input.
    Object.defineProperty(date.element, 'validity', { value: { badInput: true } })
    await date.trigger('input')
    await wrapper.find('[data-testid="objective-form"]').trigger('submit')
    await settle()
    expect(wrapper.find('#objective-title-error').text()).toBe('Write something here.')
    expect(wrapper.find('#objective-domain-error').text()).toBe('Choose what it is about.')
    expect(wrapper.find('#objective-target-date-error').text()).toBe('This date does not exist. Check the day and the month.')
    expect(wrapper.find('#objective-title').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('#objective-title').attributes('aria-describedby')).toContain('objective-title-error')
    expect(document.activeElement?.id).toBe('objective-title')
    expect(await listObjectives(project.id)).toEqual([])
    // What was typed stays as a draft (here the unreadable date), for the person to correct.
    await until(async () => expect((await draftOf('objective:new'))?.values.targetDate).toBe('invalid-date'))
    wrapper.unmount()
  })

  it('changes the status of an objective, keeping who wrote it and saying who changed it', async () => {
    const project = await startProject()
    const objective = await addObjective(project.id, { title: 'Find work', domain: 'job', aim: 'reach', author: { role: 'companion', name: 'Samira' } }, '2026-03-01')
    const { wrapper, router } = await mountScreen(ProjectObjectivesView, { path: '/project/objectives' })
    await until(() => expect(wrapper.find('[data-testid="edit-objective"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="objective"] [data-testid="author"]').text()).toBe('Written by Samira (person of your choice)')
    await wrapper.find('[data-testid="edit-objective"]').trigger('click')
    await until(() => expect(wrapper.find('#objective-status').exists()).toBe(true))
    await until(() => expect(router.currentRoute.value.query).toEqual({ edit: objective.id }))
    await wrapper.find('#objective-status').setValue('in_progress')
    await wrapper.find('[data-testid="objective-form"]').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="objective"]').attributes('data-status')).toBe('in_progress'))
    expect(wrapper.find('[data-testid="objective"] [data-testid="author"]').text()).toMatch(/^Written by Samira \(person of your choice\), changed by you on \d+ \w+ \d{4}$/)
    expect(router.currentRoute.value.query).toEqual({})
    expect(await getDb().drafts.count()).toBe(0)
    wrapper.unmount()
  })

  it('reopens a form left open, with what was typed, after a reload', async () => {
    await startProject()
    const first = await mountScreen(ProjectObjectivesView, { path: '/project/objectives?edit=new' })
    await until(() => expect(first.wrapper.find('#objective-title').exists()).toBe(true))
    await first.wrapper.find('#objective-title').setValue('Learn Dutch')
    await until(async () => expect(await draftOf('objective:new')).toBeTruthy())
    first.wrapper.unmount()
    const second = await mountScreen(ProjectObjectivesView, { path: '/project/objectives?edit=new' })
    await until(() => expect((second.wrapper.find('#objective-title').element as HTMLTextAreaElement).value).toBe('Learn Dutch'))
    second.wrapper.unmount()
  })
})
