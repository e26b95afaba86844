import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import MeetingsView from '@/views/MeetingsView.vue'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { mountScreen, settle, until } from './mount'

// Monday 22 December 2025; Friday 19 December is the day before the weekend before Christmas week.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2025, 11, 22, 10, 0))
})
afterEach(() => vi.useRealTimers())

async function open(language: 'en' | 'fr' | 'nl' = 'en') {
  const { wrapper } = await mountScreen(MeetingsView, { language, path: '/meetings' })
  await until(() => expect(wrapper.find('[data-testid="meeting-request-form"]').exists()).toBe(true))
  return wrapper
}

describe('Meetings: asking for a meeting', () => {
  it('notes a request made today by default, and shows its 5-working-day deadline', async () => {
    await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, '2026-12-31')
    const wrapper = await open()
    expect((wrapper.find('#meeting-askedOn').element as HTMLInputElement).value).toBe('2025-12-22')
    await wrapper.find('#meeting-askedOn').setValue('2025-12-19')
    await wrapper.find('input[name="meeting-how"][value="phone"]').setValue(true)
    await wrapper.find('#meeting-about').setValue('My training')
    await wrapper.find('[data-testid="meeting-request-form"]').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="meeting-request"]').exists()).toBe(true))
    const item = wrapper.find('[data-testid="meeting-request"]')
    expect(item.text()).toContain('By phone: My training')
    // Christmas (Thursday 25th) does not count: the fifth working day is Monday 29 December.
    // The list does not wait for the rules engine: the deadline follows with it.
    await until(() => expect(item.find('[data-reminder-kind="meeting-due"]').attributes('data-due')).toBe('2025-12-29'))
    expect(await getDb().meetingRequests.toArray()).toMatchObject([{ askedOn: '2025-12-19', how: 'phone', about: 'My training' }])
    // The form is ready for the next request, and its draft is gone.
    expect((wrapper.find('#meeting-about').element as HTMLTextAreaElement).value).toBe('')
    await until(async () => expect(await getDb().drafts.count()).toBe(0))
    wrapper.unmount()
  })

  it('refuses a request dated in the future and saves nothing', async () => {
    await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, '2026-12-31')
    const wrapper = await open()
    await wrapper.find('#meeting-askedOn').setValue('2025-12-23')
    await wrapper.find('[data-testid="meeting-request-form"]').trigger('submit')
    await settle()
    expect(wrapper.find('#meeting-askedOn-error').text()).toBe('This date is still to come. Write the day it happened.')
    expect(document.activeElement?.id).toBe('meeting-askedOn')
    expect(await getDb().meetingRequests.count()).toBe(0)
    wrapper.unmount()
  })

  it('notes the meeting date given and that it took place; refuses a date before the request', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, '2026-12-31')
    await getDb().meetingRequests.add({ id: 'm1', projectId: id, askedOn: '2025-12-15', how: 'letter' })
    const wrapper = await open()
    await until(() => expect(wrapper.find('[data-testid="meeting-request"]').exists()).toBe(true))
    const outcome = wrapper.findAll('[data-testid="meeting-request"] button').find((b) => b.text() === 'Note what happened')
    await outcome!.trigger('click')
    await wrapper.find('#meeting-m1-meetingOn').setValue('2025-12-12')
    await wrapper.find('[data-testid="meeting-outcome-form"]').trigger('submit')
    await settle()
    expect(wrapper.find('#meeting-m1-meetingOn-error').text()).toBe('This is before the day of the request.')
    await wrapper.find('#meeting-m1-meetingOn').setValue('2025-12-18')
    await wrapper.find('input[name="meeting-m1-held"][value="yes"]').setValue(true)
    await wrapper.find('[data-testid="meeting-outcome-form"]').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="meeting-request"]').text()).toContain('The meeting took place.'))
    expect(wrapper.find('[data-reminder-kind="meeting-due"]').attributes('data-state')).toBe('done')
    expect(await getDb().meetingRequests.get('m1')).toMatchObject({ meetingOn: '2025-12-18', held: true })
    wrapper.unmount()
  })

  it('removes a request only after a second confirmation', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, '2026-12-31')
    await getDb().meetingRequests.add({ id: 'm1', projectId: id, askedOn: '2025-12-15', how: 'letter' })
    const wrapper = await open()
    await until(() => expect(wrapper.find('[data-testid="meeting-request"]').exists()).toBe(true))
    const button = (text: string) => wrapper.findAll('[data-testid="meeting-request"] button').find((b) => b.text() === text)!
    await button('Remove').trigger('click')
    expect(await getDb().meetingRequests.count()).toBe(1)
    await button('Yes, remove').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="meeting-request"]').exists()).toBe(false))
    expect(await getDb().meetingRequests.count()).toBe(0)
    wrapper.unmount()
  })

  it('speaks French and Dutch', async () => {
    await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, '2026-12-31')
    const fr = await open('fr')
    expect(fr.find('h1').text()).toBe('Rendez-vous et évaluations')
    expect(fr.text()).toContain('dans les 5\u00a0jours ouvrables')
    fr.unmount()
    const nl = await open('nl')
    expect(nl.find('h1').text()).toBe('Gesprekken en evaluaties')
    expect(nl.find('label[for="meeting-askedOn"]').text()).toBe('Gevraagd op')
    nl.unmount()
  })
})
