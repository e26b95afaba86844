import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import MovesTripsView from '@/views/MovesTripsView.vue'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { mountScreen, settle, until } from './mount'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 2, 10, 10, 0))
})
afterEach(() => vi.useRealTimers())

async function open() {
  await createProject({ pcsw: { name: 'CPAS de Mons', municipality: 'Mons' } }, '2026-12-31')
  const { wrapper } = await mountScreen(MovesTripsView, { path: '/letters/moves-trips' })
  await until(() => expect(wrapper.find('form.card[data-testid="trip-form"]').exists()).toBe(true))
  return wrapper
}

describe('Moving and trips abroad', () => {
  it('refuses a return before the departure and saves nothing', async () => {
    const wrapper = await open()
    await wrapper.find('#trip-leavesOn').setValue('2026-07-10')
    await wrapper.find('#trip-returnsOn').setValue('2026-07-01')
    await wrapper.find('form.card[data-testid="trip-form"]').trigger('submit')
    await settle()
    expect(wrapper.find('#trip-returnsOn-error').text()).toBe('This is before the day you leave.')
    expect(await getDb().trips.count()).toBe(0)
    wrapper.unmount()
  })

  it('reminds to tell the PCSW before a trip of a week or more, until it is told', async () => {
    const wrapper = await open()
    await wrapper.find('#trip-leavesOn').setValue('2026-07-10')
    await wrapper.find('#trip-returnsOn').setValue('2026-07-20')
    await wrapper.find('form.card[data-testid="trip-form"]').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="trip"] [data-reminder-kind="trip-notice"]').attributes('data-due')).toBe('2026-07-10'))
    expect(wrapper.find('[data-testid="trip"] h3').text()).toBe('From Friday 10\u00a0July 2026 to Monday 20\u00a0July 2026')
    wrapper.unmount()
  })

  it('notes a move with the new PCSW and the refused transfer of the contract', async () => {
    const wrapper = await open()
    await wrapper.find('#move-movedOn').setValue('2026-04-01')
    await wrapper.find('#move-municipality').setValue('Charleroi')
    await wrapper.find('#move-pcswName').setValue('CPAS de Charleroi')
    await wrapper.find('input[name="move-transfer"][value="refused"]').setValue(true)
    await wrapper.find('form.card[data-testid="move-form"]').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="move"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="move"]').text()).toContain('New PCSW: CPAS de Charleroi')
    expect(wrapper.find('[data-testid="move"]').text()).toContain('Transfer of your contract to the new PCSW: Refused')
    expect(await getDb().moves.toArray()).toMatchObject([{ movedOn: '2026-04-01', municipality: 'Charleroi', transfer: 'refused' }])
    wrapper.unmount()
  })

  it('needs the new municipality', async () => {
    const wrapper = await open()
    await wrapper.find('#move-movedOn').setValue('2026-04-01')
    await wrapper.find('form.card[data-testid="move-form"]').trigger('submit')
    await settle()
    expect(wrapper.find('#move-municipality-error').text()).toBe('Please fill this in.')
    expect(await getDb().moves.count()).toBe(0)
    wrapper.unmount()
  })

  it('says what happens next after a move, by where the transfer stands, with its sources', async () => {
    const wrapper = await open()
    await wrapper.find('#move-movedOn').setValue('2026-04-01')
    await wrapper.find('#move-municipality').setValue('Charleroi')
    await wrapper.find('#move-pcswName').setValue('CPAS de Charleroi')
    await wrapper.find('form.card[data-testid="move-form"]').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="move-next"]').exists()).toBe(true))
    const next = () => wrapper.find('[data-testid="move-next"]')
    expect(next().attributes('data-transfer')).toBe('undecided')
    expect(next().text()).toContain('Your contract goes to CPAS de Charleroi.')
    expect(next().text()).toContain('You may refuse this transfer: then tell CPAS de Charleroi clearly.')
    expect(next().text()).toContain('No source gives a time limit for the new PCSW.')
    expect(next().find('[data-testid="move-next-sources"]').text()).toContain('guide to the ISIP (the transfer and the right to refuse it; no other source found)')
    expect(next().find('a').attributes('href')).toBe('/rights/moving')
    await getDb().moves.toCollection().modify({ transfer: 'refused' })
    await until(() => expect(next().attributes('data-transfer')).toBe('refused'))
    expect(next().text()).toContain('You refused the transfer of your contract to CPAS de Charleroi. Tell it clearly. No source says what follows a refusal: ask CPAS de Charleroi.')
    await getDb().moves.toCollection().modify({ transfer: 'accepted', pcswName: undefined })
    await until(() => expect(next().attributes('data-transfer')).toBe('accepted'))
    expect(next().text()).toContain('Your project is taken over by the new PCSW.')
    wrapper.unmount()
  })
})
