import { describe, expect, it } from 'vitest'
import TodayView from '@/views/TodayView.vue'
import { listProjects } from '@/db/projects'
import { draftOf, mountScreen, settle, until } from './mount'

describe('TodayView', () => {
  it('tells a first-time user what to fill in first and offers to start a project', async () => {
    const { wrapper } = await mountScreen(TodayView)
    await until(() => expect(wrapper.find('[data-testid="today-empty"]').text()).toContain('Where to start?'))
    // The form loads right after the welcome text (it is not part of the first route).
    await until(() => expect(wrapper.find('[data-testid="project-start-form"]').exists()).toBe(true))
    wrapper.unmount()
  })

  it('refuses a project without the PCSW name or municipality, says why, and saves nothing', async () => {
    const { wrapper } = await mountScreen(TodayView)
    await until(() => expect(wrapper.find('form').exists()).toBe(true))
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('#pcsw-name-error').text()).toBe('Write the name of your PCSW.')
    expect(wrapper.find('#municipality-error').text()).toBe('Write the name of your municipality.')
    expect(wrapper.find('#pcsw-name').attributes('aria-invalid')).toBe('true')
    expect(await listProjects()).toEqual([])
    wrapper.unmount()
  })

  it('starts a project and then shows it', async () => {
    const { wrapper } = await mountScreen(TodayView)
    await until(() => expect(wrapper.find('#pcsw-name').exists()).toBe(true))
    await wrapper.find('#pcsw-name').setValue('CPAS de Tournai')
    await wrapper.find('#municipality').setValue('Tournai')
    await wrapper.find('#social-worker').setValue('Mme Dubois')
    await wrapper.find('#companion').setValue('Samira')
    await wrapper.find('form').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="project-card"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="project-card"]').text()).toContain('CPAS de Tournai (Tournai)')
    expect(wrapper.find('[data-testid="project-card"]').text()).toContain('Samira')
    expect(await listProjects()).toMatchObject([{ pcsw: { name: 'CPAS de Tournai' }, socialWorker: 'Mme Dubois', companion: 'Samira' }])
    // The form's draft is forgotten once the save is complete (the card may show a moment before that).
    await until(async () => expect(await draftOf('project-start')).toBeUndefined())
    wrapper.unmount()
  })

  it('keeps what was typed when the screen is closed before saving', async () => {
    const first = await mountScreen(TodayView)
    await until(() => expect(first.wrapper.find('#pcsw-name').exists()).toBe(true))
    await first.wrapper.find('#pcsw-name').setValue('OCMW Gent')
    await until(async () => expect(await draftOf('project-start')).toBeTruthy())
    first.wrapper.unmount()
    const second = await mountScreen(TodayView)
    await until(() => expect((second.wrapper.find('#pcsw-name').element as HTMLInputElement).value).toBe('OCMW Gent'))
    second.wrapper.unmount()
  })

  it('speaks French when French is chosen', async () => {
    const { wrapper } = await mountScreen(TodayView, { language: 'fr' })
    await until(() => expect(wrapper.find('[data-testid="project-start-form"]').exists()).toBe(true))
    expect(wrapper.find('h1').text()).toBe('Aujourd’hui')
    expect(wrapper.find('[data-testid="project-start-form"] button').text()).toBe('Commencer mon projet')
    wrapper.unmount()
  })
})
