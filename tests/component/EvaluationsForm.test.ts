import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import MeetingsView from '@/views/MeetingsView.vue'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { mountScreen, settle, until } from './mount'

type Wrapper = Awaited<ReturnType<typeof mountScreen>>['wrapper']

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 5, 15, 10, 0))
})
afterEach(() => vi.useRealTimers())

async function withSignedContract() {
  const { id } = await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, '2026-12-31')
  await getDb().contracts.add({ id: 'c1', projectId: id, signedOn: '2026-01-15', signedBy: { me: '2026-01-15', pcsw: '2026-01-15' }, durationMonths: 12 })
  return id
}

async function open() {
  const { wrapper } = await mountScreen(MeetingsView, { path: '/meetings' })
  await until(() => expect(wrapper.find('[data-testid="evaluation-form"]').exists()).toBe(true))
  return wrapper
}

async function addEvaluation(wrapper: Wrapper, values: Record<string, string>, inPerson?: 'yes' | 'no') {
  const form = wrapper.find('form.card[data-testid="evaluation-form"]')
  for (const [id, value] of Object.entries(values)) await form.find(`#evaluation-${id}`).setValue(value)
  if (inPerson) await form.find(`input[name="evaluation-inPerson"][value="${inPerson}"]`).setValue(true)
  await form.trigger('submit')
  await settle()
}

describe('Evaluations', () => {
  it('shows the contract year at a glance: held, in person, still needed, by when', async () => {
    await withSignedContract()
    const wrapper = await open()
    await until(() => expect(wrapper.find('[data-testid="rhythm-year"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="rhythm-held"]').text()).toBe('0 of 3')
    // The first one is expected 4 months after the signature.
    expect(wrapper.find('[data-testid="rhythm-next-by"]').attributes('data-date')).toBe('2026-05-15')
    await addEvaluation(wrapper, { heldOn: '2026-05-10', said: 'The training goes well' }, 'yes')
    await until(() => expect(wrapper.find('[data-testid="rhythm-held"]').text()).toBe('1 of 3'))
    expect(wrapper.find('[data-testid="rhythm-in-person"]').text()).toBe('1 of 2')
    expect(wrapper.find('[data-testid="rhythm-still-needed"]').text()).toBe('2, of which 1 in person')
    expect(wrapper.find('[data-testid="rhythm-next-by"]').attributes('data-date')).toBe('2026-09-10')
    expect(wrapper.find('[data-testid="evaluation"]').text()).toContain('The training goes well')
    wrapper.unmount()
  })

  it('refuses an evaluation held in the future and saves nothing', async () => {
    await withSignedContract()
    const wrapper = await open()
    await addEvaluation(wrapper, { heldOn: '2026-06-16' }, 'yes')
    expect(wrapper.find('#evaluation-heldOn-error').text()).toBe('This day has not come yet. You can note it as planned.')
    expect(wrapper.find('#evaluation-heldOn').attributes('aria-invalid')).toBe('true')
    expect(await getDb().evaluations.count()).toBe(0)
    wrapper.unmount()
  })

  it('needs a date, planned or held', async () => {
    await withSignedContract()
    const wrapper = await open()
    await addEvaluation(wrapper, { said: 'Something' })
    expect(wrapper.find('#evaluation-plannedOn-error').text()).toBe('Please fill this in.')
    expect(await getDb().evaluations.count()).toBe(0)
    wrapper.unmount()
  })

  it('turns a planned evaluation into a held one with what changes', async () => {
    const id = await withSignedContract()
    await getDb().evaluations.add({ id: 'e1', projectId: id, plannedOn: '2026-06-10' })
    const wrapper = await open()
    await until(() => expect(wrapper.find('[data-testid="evaluation"]').text()).toContain('Planned for'))
    await wrapper.findAll('[data-testid="evaluation"] button').find((b) => b.text() === 'Change')!.trigger('click')
    await wrapper.find('#evaluation-e1-heldOn').setValue('2026-06-11')
    await wrapper.find('input[name="evaluation-e1-inPerson"][value="no"]').setValue(true)
    await wrapper.find('#evaluation-e1-changes').setValue('A language course is added')
    await wrapper.find('[data-testid="evaluation"] form').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="evaluation"]').text()).toContain('Held on Thursday 11\u00a0June 2026'))
    expect(wrapper.find('[data-testid="evaluation"]').text()).toContain('Not in person.')
    expect(await getDb().evaluations.get('e1')).toMatchObject({ plannedOn: '2026-06-10', heldOn: '2026-06-11', inPerson: false, changes: 'A language course is added' })
    wrapper.unmount()
  })

  it('says the count starts with the signed contract when there is none', async () => {
    await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, '2026-12-31')
    const wrapper = await open()
    expect(wrapper.find('[data-testid="evaluation-rhythm"]').text()).toContain('The count starts when you and the PCSW have signed your contract.')
    wrapper.unmount()
  })
})
