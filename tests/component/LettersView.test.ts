import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import LettersView from '@/views/LettersView.vue'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { mountScreen, settle, until } from './mount'

type Wrapper = Awaited<ReturnType<typeof mountScreen>>['wrapper']

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 2, 10, 10, 0))
})
afterEach(() => vi.useRealTimers())

async function open(language: 'en' | 'fr' | 'nl' = 'en') {
  const { wrapper } = await mountScreen(LettersView, { language, path: '/letters' })
  await until(() => expect(wrapper.find('form.card[data-testid="letter-form"]').exists()).toBe(true))
  return wrapper
}

async function addLetter(wrapper: Wrapper, kind: string, values: Record<string, string>) {
  const form = wrapper.find('form.card[data-testid="letter-form"]')
  await form.find(`input[name="letter-kind"][value="${kind}"]`).setValue(true)
  for (const [field, value] of Object.entries(values)) await wrapper.find(`#letter-${field}`).setValue(value)
  await form.trigger('submit')
  await settle()
}

const letter = (wrapper: Wrapper, kind: string) => wrapper.find(`[data-testid="letter"][data-kind="${kind}"]`)

describe('Letters and decisions', () => {
  it('notes the request date and shows when the PCSW must decide', async () => {
    await createProject({ pcsw: { name: 'CPAS de Mons', municipality: 'Mons' } }, '2026-12-31')
    const wrapper = await open()
    await wrapper.find('#project-requestedOn').setValue('2026-03-02')
    await wrapper.find('[data-testid="project-dates-form"]').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="project-dates-form"] [data-reminder-kind="decision-due"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="project-dates-form"] [data-reminder-kind="decision-due"]').attributes('data-due')).toBe('2026-04-01')
    expect((await getDb().projects.toArray())[0]?.requestedOn).toBe('2026-03-02')
    wrapper.unmount()
  })

  it('refuses a grant dated before the request and a notification before the grant', async () => {
    await createProject({ pcsw: { name: 'CPAS de Mons', municipality: 'Mons' } }, '2026-12-31')
    const wrapper = await open()
    await wrapper.find('#project-requestedOn').setValue('2026-02-10')
    await wrapper.find('#project-grantedOn').setValue('2026-02-09')
    await wrapper.find('#project-grantNotifiedOn').setValue('2026-02-08')
    await wrapper.find('[data-testid="project-dates-form"]').trigger('submit')
    await settle()
    expect(wrapper.find('#project-grantedOn-error').text()).toBe('This is before the day of the request.')
    expect(wrapper.find('#project-grantNotifiedOn-error').text()).toBe('This is before the date of the decision. A decision reaches you after it is taken.')
    expect(document.activeElement?.id).toBe('project-grantedOn')
    expect((await getDb().projects.toArray())[0]?.requestedOn).toBeUndefined()
    wrapper.unmount()
  })

  it('notes a refusal with its notification and shows the appeal deadline three months later', async () => {
    await createProject({ pcsw: { name: 'CPAS de Mons', municipality: 'Mons' } }, '2026-12-31')
    const wrapper = await open()
    await addLetter(wrapper, 'refusal', { decidedOn: '2026-02-20', notifiedOn: '2026-02-27', summary: 'Income too high' })
    await until(() => expect(letter(wrapper, 'refusal').exists()).toBe(true))
    const appeal = letter(wrapper, 'refusal').find('[data-reminder-kind="appeal-deadline"]')
    expect(appeal.attributes('data-due')).toBe('2026-05-27')
    expect(appeal.text()).toContain('Last day to appeal to the labour tribunal: Wednesday 27\u00a0May 2026')
    expect(letter(wrapper, 'refusal').text()).toContain('Income too high')
    wrapper.unmount()
  })

  it('refuses a notification before its decision and saves nothing', async () => {
    await createProject({ pcsw: { name: 'CPAS de Mons', municipality: 'Mons' } }, '2026-12-31')
    const wrapper = await open()
    await addLetter(wrapper, 'grant', { decidedOn: '2026-02-20', notifiedOn: '2026-02-19' })
    expect(wrapper.find('#letter-notifiedOn-error').text()).toBe('This is before the date of the decision. A decision reaches you after it is taken.')
    expect(wrapper.find('#letter-notifiedOn').attributes('aria-invalid')).toBe('true')
    expect(await getDb().decisions.count()).toBe(0)
    wrapper.unmount()
  })

  it('completes a decision later with the day it reached the person', async () => {
    const { id } = await createProject({ pcsw: { name: 'CPAS de Mons', municipality: 'Mons' } }, '2026-12-31')
    await getDb().decisions.add({ id: 'd1', projectId: id, kind: 'grant', decidedOn: '2026-03-02' })
    const wrapper = await open()
    await until(() => expect(letter(wrapper, 'grant').find('[data-reminder-kind="notification-due"]').attributes('data-due')).toBe('2026-03-10'))
    await letter(wrapper, 'grant').findAll('button').find((b) => b.text() === 'Complete or change')!.trigger('click')
    await wrapper.find('#letter-d1-notifiedOn').setValue('2026-03-06')
    await letter(wrapper, 'grant').find('form').trigger('submit')
    // 6 March + 3 months is Saturday 6 June 2026: the legal last day moves to Monday 8 June (Judicial Code art. 53).
    await until(() => expect(letter(wrapper, 'grant').find('[data-reminder-kind="appeal-deadline"]').attributes('data-due')).toBe('2026-06-08'))
    expect(letter(wrapper, 'grant').find('[data-reminder-kind="appeal-deadline"]').text()).toContain('To be safe, send your appeal by Friday 5\u00a0June 2026')
    expect(letter(wrapper, 'grant').find('[data-reminder-kind="notification-due"]').attributes('data-state')).toBe('done')
    wrapper.unmount()
  })

  it('after a formal notice, shows the right to be heard; after a sanction, the one-year window', async () => {
    await createProject({ pcsw: { name: 'CPAS de Mons', municipality: 'Mons' } }, '2026-12-31')
    const wrapper = await open()
    await addLetter(wrapper, 'notice', { receivedOn: '2026-03-03', summary: 'Missed two appointments' })
    await until(() => expect(letter(wrapper, 'notice').find('[data-reminder-kind="hearing-right"]').exists()).toBe(true))
    expect(letter(wrapper, 'notice').text()).toContain('Formal notice received: you can ask to be heard')
    await addLetter(wrapper, 'sanction', { decidedOn: '2026-03-09' })
    await until(() => expect(letter(wrapper, 'sanction').find('[data-reminder-kind="repeat-window-ends"]').attributes('data-due')).toBe('2027-03-09'))
    expect(await getDb().notices.toArray()).toMatchObject([{ receivedOn: '2026-03-03', summary: 'Missed two appointments' }])
    wrapper.unmount()
  })

  it('speaks French and Dutch', async () => {
    await createProject({ pcsw: { name: 'CPAS de Mons', municipality: 'Mons' } }, '2026-12-31')
    const fr = await open('fr')
    expect(fr.find('h1').text()).toBe('Courriers et décisions')
    expect(fr.find('input[name="letter-kind"][value="notice"]').element.closest('label')?.textContent).toContain('Mise en demeure')
    fr.unmount()
    const nl = await open('nl')
    expect(nl.find('h1').text()).toBe('Brieven en beslissingen')
    expect(nl.find('input[name="letter-kind"][value="notice"]').element.closest('label')?.textContent).toContain('Aanmaning')
    nl.unmount()
  })
})
