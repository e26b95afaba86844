import { describe, expect, it } from 'vitest'
import ProjectPlanView from '@/views/ProjectPlanView.vue'
import { todayIso } from '@/stores/clock'
import { getDb } from '@/db/database'
import { addObjective } from '@/db/objectives'
import { addPartner } from '@/db/partners'
import { createProject } from '@/db/projects'
import { writeSetting } from '@/db/settings'
import { addStep, listSteps } from '@/db/steps'
import { addDays } from '@/domain/dates'
import { draftOf, mountScreen, settle, until } from './mount'

const me = { role: 'me' as const }
const today = todayIso()

async function startProject() {
  const project = await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' }, socialWorker: 'Mme Dubois' }, today)
  await writeSetting('currentProjectId', project.id)
  return project
}

type Wrapper = Awaited<ReturnType<typeof mountScreen>>['wrapper']
const titles = (wrapper: Wrapper) => wrapper.findAll('[data-testid="step"] h3').map((h) => h.text())

describe('the step-by-step plan', () => {
  it('adds a step for an objective, done by a partner organisation, with a date', async () => {
    const project = await startProject()
    const objective = await addObjective(project.id, { title: 'Learn French', domain: 'language', aim: 'reach', author: me }, today)
    const partner = await addPartner(project.id, { name: 'Lire et Écrire' }, today)
    const { wrapper } = await mountScreen(ProjectPlanView, { path: '/project/plan' })
    await until(() => expect(wrapper.find('#step-add').exists()).toBe(true))
    await wrapper.find('#step-add').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="step-form"]').exists()).toBe(true))
    expect(document.activeElement?.id).toBe('step-title')
    await wrapper.find('#step-title').setValue('Go to the French course')
    await wrapper.find('#step-objective').setValue(objective.id)
    await wrapper.find('[data-testid="step-who-partner"]').setValue(true)
    await wrapper.find('#step-partner').setValue(partner.id)
    await wrapper.find('#step-due-date').setValue('2026-09-15')
    await wrapper.find('[data-testid="step-form"]').trigger('submit')
    await until(() => expect(wrapper.findAll('[data-testid="step"]')).toHaveLength(1))
    const step = wrapper.find('[data-testid="step"]')
    expect(step.text()).toContain('Who: The partner organisation (Lire et Écrire)')
    expect(step.text()).toContain('For: Learn French')
    expect(step.text()).toMatch(/By Tuesday.*September.*2026/)
    expect(step.text()).toContain('To do')
    expect(wrapper.find('[role="status"]').text()).toBe('Step saved.')
    expect(await listSteps(project.id)).toMatchObject([{ who: 'partner', partnerId: partner.id, objectiveId: objective.id, createdOn: today, author: me }])
    expect(await getDb().drafts.count()).toBe(0)
    wrapper.unmount()
  })

  it('refuses an empty title and a due date that does not exist, and saves nothing', async () => {
    const project = await startProject()
    const { wrapper } = await mountScreen(ProjectPlanView, { path: '/project/plan?edit=new' })
    await until(() => expect(wrapper.find('[data-testid="step-form"]').exists()).toBe(true))
    const date = wrapper.find('#step-due-date')
    Object.defineProperty(date.element, 'validity', { value: { badInput: true } })
    await date.trigger('input')
    await wrapper.find('[data-testid="step-form"]').trigger('submit')
    await settle()
    expect(wrapper.find('#step-title-error').text()).toBe('Write something here.')
    expect(wrapper.find('#step-due-date-error').text()).toBe('This date does not exist. Check the day and the month.')
    expect(document.activeElement?.id).toBe('step-title')
    expect(await listSteps(project.id)).toEqual([])
    await until(async () => expect(await draftOf('step:new')).toBeTruthy())
    wrapper.unmount()
  })

  it('refuses "done on" before the step was written down, or in the future, in French', async () => {
    const project = await startProject()
    const step = await addStep(project.id, { title: 'Appeler la banque', who: 'me', author: me }, addDays(today, -3))
    const { wrapper } = await mountScreen(ProjectPlanView, { path: `/project/plan?edit=${step.id}`, language: 'fr' })
    await until(() => expect(wrapper.find('#step-status').exists()).toBe(true))
    await wrapper.find('#step-status').setValue('done')
    await until(() => expect((wrapper.find('#step-done-on').element as HTMLInputElement).value).toBe(today))
    await wrapper.find('#step-done-on').setValue(addDays(today, -4))
    await wrapper.find('[data-testid="step-form"]').trigger('submit')
    await settle()
    expect(wrapper.find('#step-done-on-error').text()).toMatch(/^Une étape ne peut pas être faite avant d’avoir été écrite \(.+\)\.$/)
    expect(document.activeElement?.id).toBe('step-done-on')
    await wrapper.find('#step-done-on').setValue(addDays(today, 1))
    await settle()
    expect(wrapper.find('#step-done-on-error').text()).toBe('Ce jour n’est pas encore arrivé. Écrivez le jour où cela a été fait.')
    expect((await listSteps(project.id))[0]?.status).toBe('todo')
    await until(async () => expect(await draftOf(`step:${step.id}`)).toBeTruthy())
    wrapper.unmount()
  })

  it('moves steps up and down with buttons, keeping the keyboard on the moved step', async () => {
    const project = await startProject()
    const a = await addStep(project.id, { title: 'First', who: 'me', author: me }, today)
    await addStep(project.id, { title: 'Second', who: 'pcsw', author: me }, today)
    await addStep(project.id, { title: 'Third', who: 'partner', author: me }, today)
    const { wrapper } = await mountScreen(ProjectPlanView, { path: '/project/plan' })
    await until(() => expect(titles(wrapper)).toEqual(['First', 'Second', 'Third']))
    expect(wrapper.find(`#step-${a.id}-up`).attributes('disabled')).toBeDefined()
    await wrapper.find(`#step-${a.id}-down`).trigger('click')
    await until(() => expect(titles(wrapper)).toEqual(['Second', 'First', 'Third']))
    expect(wrapper.find('[role="status"]').text()).toBe('Moved to place 2 of 3.')
    await wrapper.find(`#step-${a.id}-down`).trigger('click')
    await until(() => expect(titles(wrapper)).toEqual(['Second', 'Third', 'First']))
    // At the bottom, "move down" is off: the keyboard goes to "move up" of the same step.
    await until(() => expect(document.activeElement?.id).toBe(`step-${a.id}-up`))
    wrapper.unmount()
  })

  it('marks a step done today, and keeps a dropped step in the plan, shown as dropped', async () => {
    const project = await startProject()
    await addStep(project.id, { title: 'Call the bank', who: 'me', author: me }, today)
    await addStep(project.id, { title: 'Ask for a debt plan', who: 'pcsw', author: me }, today)
    const { wrapper } = await mountScreen(ProjectPlanView, { path: '/project/plan' })
    await until(() => expect(wrapper.findAll('[data-testid="step"]')).toHaveLength(2))
    await wrapper.findAll('[data-testid="mark-done"]')[0]?.trigger('click')
    await until(() => expect(wrapper.findAll('[data-testid="step"]')[0]?.attributes('data-status')).toBe('done'))
    expect(wrapper.findAll('[data-testid="step"]')[0]?.text()).toContain('Done on')
    await wrapper.findAll('[data-testid="drop-step"]')[1]?.trigger('click')
    await until(() => expect(wrapper.findAll('[data-testid="step"]')[1]?.attributes('data-status')).toBe('dropped'))
    expect(wrapper.findAll('[data-testid="step"]')).toHaveLength(2)
    expect(wrapper.findAll('[data-testid="step"]')[1]?.text()).toContain('Dropped')
    expect(wrapper.find('[role="status"]').text()).toBe('Dropped. It stays in your plan.')
    expect((await listSteps(project.id)).map((s) => [s.status, s.doneOn])).toEqual([
      ['done', today],
      ['dropped', undefined],
    ])
    await wrapper.find('[data-testid="reopen-step"]').trigger('click')
    await until(() => expect(wrapper.findAll('[data-testid="step"]')[1]?.attributes('data-status')).toBe('todo'))
    wrapper.unmount()
  })

  it('records the social worker as the author of what they write', async () => {
    const project = await startProject()
    await writeSetting('writer', { mode: 'social-worker' })
    const { wrapper } = await mountScreen(ProjectPlanView, { path: '/project/plan?edit=new' })
    await until(() => expect(wrapper.find('#step-title').exists()).toBe(true))
    expect(wrapper.find('[data-testid="writer-now"]').text()).toBe('Mme Dubois, the social worker, is writing.')
    await wrapper.find('#step-title').setValue('Send the training file')
    await wrapper.find('[data-testid="step-who-pcsw"]').setValue(true)
    await wrapper.find('[data-testid="step-form"]').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="step"] [data-testid="author"]').text()).toBe('Written by Mme Dubois (social worker)'))
    expect((await listSteps(project.id))[0]?.author).toEqual({ role: 'social-worker', name: 'Mme Dubois' })
    wrapper.unmount()
  })

  it('while a companion writes, "who does it?" names the person and the companion, not "me"', async () => {
    const project = await startProject()
    await getDb().projects.update(project.id, { personName: 'Fatima', companion: 'Jan' })
    await writeSetting('writer', { mode: 'companion', companionName: 'Jan' })
    const { wrapper } = await mountScreen(ProjectPlanView, { path: '/project/plan' })
    await until(() => expect(wrapper.find('#step-add').exists()).toBe(true))
    await wrapper.find('#step-add').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="step-form"]').exists()).toBe(true))
    const labels = wrapper.findAll('[data-testid="step-form"] fieldset label').map((l) => l.text())
    expect(labels).toEqual(['Fatima', 'Jan (person of your choice)', 'The PCSW', 'The partner organisation'])
    await wrapper.find('#step-title').setValue('Drive to the job fair')
    await wrapper.find('[data-testid="step-who-companion"]').setValue(true)
    await wrapper.find('[data-testid="step-form"]').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="step"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="step"]').text()).toContain('Who: Jan (person of your choice)')
    expect(await listSteps(project.id)).toMatchObject([{ who: 'companion', author: { role: 'companion', name: 'Jan' } }])
    wrapper.unmount()
  })

  it('to the person writing alone, "who does it?" says "Me", and a due date in 1900 is refused with why', async () => {
    await startProject()
    const { wrapper } = await mountScreen(ProjectPlanView, { path: '/project/plan' })
    await until(() => expect(wrapper.find('#step-add').exists()).toBe(true))
    await wrapper.find('#step-add').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="step-form"]').exists()).toBe(true))
    expect(wrapper.findAll('[data-testid="step-form"] fieldset label').map((l) => l.text())).toEqual(['Me', 'The PCSW', 'The partner organisation'])
    await wrapper.find('#step-title').setValue('Call the bank')
    await wrapper.find('#step-due-date').setValue('1900-03-01')
    await wrapper.find('[data-testid="step-form"]').trigger('submit')
    await until(() => expect(wrapper.find('#step-due-date-error').exists()).toBe(true))
    expect(wrapper.find('#step-due-date-error').text()).toBe('This date is before 2002, the year of the law that created the ISIP. Check the year.')
    wrapper.unmount()
  })
})

