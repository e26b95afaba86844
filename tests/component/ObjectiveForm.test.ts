import { describe, expect, it } from 'vitest'
import ProjectObjectivesView from '@/views/ProjectObjectivesView.vue'
import { getDb } from '@/db/database'
import { addObjective, agreeWithObjective, listObjectives } from '@/db/objectives'
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
    expect(wrapper.find('[data-testid="objective"] [data-testid="author"]').text()).toMatch(/^Written by Samira \(person of your choice\), changed by you on \d+\u00a0\w+ \d{4}$/)
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

describe('objectives in the person’s order', () => {
  it('moves an objective with buttons, says where it went, keeps the keyboard on it, and keeps the order', async () => {
    const project = await startProject()
    for (const title of ['Debts', 'Work', 'Flat']) await addObjective(project.id, { title, domain: 'other', aim: 'reach', author: { role: 'me' } }, '2026-03-10')
    const { wrapper } = await mountScreen(ProjectObjectivesView, { path: '/project/objectives' })
    await until(() => expect(wrapper.findAll('[data-testid="objective"]')).toHaveLength(3))
    const shown = () => wrapper.findAll('[data-testid="objective"] h3').map((h) => h.text())
    const [debts, , flat] = await listObjectives(project.id)
    expect(wrapper.find(`#objective-${debts!.id}-up`).attributes('disabled')).toBeDefined()
    expect(wrapper.find(`#objective-${flat!.id}-down`).attributes('disabled')).toBeDefined()
    await wrapper.find(`#objective-${flat!.id}-up`).trigger('click')
    await until(() => expect(shown()).toEqual(['Debts', 'Flat', 'Work']))
    expect(wrapper.find('[role="status"]').text()).toBe('Moved to place 2 of 3.')
    expect(document.activeElement?.id).toBe(`objective-${flat!.id}-up`)
    await wrapper.find(`#objective-${flat!.id}-up`).trigger('click')
    await until(() => expect(shown()).toEqual(['Flat', 'Debts', 'Work']))
    // At the top it cannot go further up: the keyboard goes to "move down".
    await until(() => expect(document.activeElement?.id).toBe(`objective-${flat!.id}-down`))
    expect((await listObjectives(project.id)).map((o) => o.title)).toEqual(['Flat', 'Debts', 'Work'])
    wrapper.unmount()
  })
})

describe('agreeing with an objective', () => {
  it('records “I agree with this objective” with its day, shows it, and lets the person take it back', async () => {
    const project = await startProject()
    await addObjective(project.id, { title: 'Find a job as a cook', domain: 'job', aim: 'reach', author: { role: 'me' } }, '2026-03-01')
    const { wrapper } = await mountScreen(ProjectObjectivesView, { path: '/project/objectives', language: 'fr' })
    await until(() => expect(wrapper.find('[data-testid="objective-agreement"]').exists()).toBe(true))
    const agreement = () => wrapper.find('[data-testid="objective-agreement"]')
    await agreement().find('button').trigger('click')
    await until(() => expect(agreement().find('form').exists()).toBe(true))
    const day = agreement().find('input[type="date"]')
    expect((day.element as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await day.setValue('2026-02-27')
    await agreement().find('form').trigger('submit')
    await until(() => expect(agreement().attributes('data-agreed-on')).toBe('2026-02-27'))
    expect(agreement().text()).toContain('Vous avez donné votre accord le vendredi 27\u00a0février 2026.')
    expect((await listObjectives(project.id))[0]).toMatchObject({ agreedOn: '2026-02-27' })
    await until(() => expect(document.activeElement?.textContent).toContain('Retirer mon accord'))
    await agreement().find('button').trigger('click')
    await until(() => expect(agreement().attributes('data-agreed-on')).toBeUndefined())
    expect((await listObjectives(project.id))[0]).not.toHaveProperty('agreedOn')
    wrapper.unmount()
  })

  it('refuses a day still to come and saves nothing', async () => {
    const project = await startProject()
    const objective = await addObjective(project.id, { title: 'Learn Dutch', domain: 'language', aim: 'reach', author: { role: 'me' } }, '2026-03-01')
    const { wrapper } = await mountScreen(ProjectObjectivesView, { path: '/project/objectives' })
    await until(() => expect(wrapper.find('[data-testid="objective-agreement"] button').exists()).toBe(true))
    await wrapper.find('[data-testid="objective-agreement"] button').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="objective-agreement"] form').exists()).toBe(true))
    await wrapper.find(`#objective-${objective.id}-agreement-agreedOn`).setValue('2099-01-01')
    await wrapper.find('[data-testid="objective-agreement"] form').trigger('submit')
    await until(() => expect(wrapper.find(`#objective-${objective.id}-agreement-agreedOn-error`).text()).toBe('This date is still to come. Write the day it happened.'))
    expect((await listObjectives(project.id))[0]).not.toHaveProperty('agreedOn')
    wrapper.unmount()
  })

  it('says that changing the words of an agreed objective asks for the agreement again, and takes it away', async () => {
    const project = await startProject()
    const objective = await addObjective(project.id, { title: 'A flat', domain: 'housing', aim: 'reach', author: { role: 'me' } }, '2026-03-01')
    await agreeWithObjective(objective.id, '2026-03-02', '2026-03-10')
    const { wrapper } = await mountScreen(ProjectObjectivesView, { path: `/project/objectives?edit=${objective.id}` })
    await until(() => expect(wrapper.find('[data-testid="objective-agreement-note"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="objective-agreement-note"]').text()).toBe(
      'You agreed with this objective on Monday 2\u00a0March 2026. If you change what it says, you will be asked to agree again.',
    )
    await wrapper.find('#objective-title').setValue('A flat with two rooms')
    await wrapper.find('[data-testid="objective-form"]').trigger('submit')
    await until(async () => expect((await listObjectives(project.id))[0]?.title).toBe('A flat with two rooms'))
    expect((await listObjectives(project.id))[0]).not.toHaveProperty('agreedOn')
    await until(() => expect(wrapper.find('[data-testid="objective-agreement"]').text()).toContain('I agree with this objective'))
    wrapper.unmount()
  })
})
