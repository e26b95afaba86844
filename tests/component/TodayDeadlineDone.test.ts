import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import TodayView from '@/views/TodayView.vue'
import { getDb } from '@/db/database'
import { createProject, updateProject } from '@/db/projects'
import { mountScreen, until } from './mount'

// Wednesday 2 December 2026.
const TODAY = '2026-12-02'
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 11, 2, 10, 0))
})
afterEach(() => {
  vi.useRealTimers()
})

type Wrapper = Awaited<ReturnType<typeof mountScreen>>['wrapper']
const card = (wrapper: Wrapper, kind: string) => wrapper.find(`[data-reminder-kind="${kind}"]`)
const project = async () => (await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, '2026-11-01')).id

/** Taps "It is done" and waits for the question. */
async function askDone(wrapper: Wrapper, kind: string) {
  await until(() => expect(card(wrapper, kind).exists()).toBe(true))
  await card(wrapper, kind).find('[data-testid="reminder-done"]').trigger('click')
  await until(() => expect(card(wrapper, kind).find('[data-testid="reminder-done-form"]').exists()).toBe(true))
  return card(wrapper, kind).find('[data-testid="reminder-done-form"]')
}
async function answer(wrapper: Wrapper, kind: string, date: string) {
  const form = card(wrapper, kind).find('[data-testid="reminder-done-form"]')
  await form.find('input[type="date"]').setValue(date)
  await form.trigger('submit')
}
const undo = async (wrapper: Wrapper) => {
  await until(() => expect(wrapper.find('[data-testid="today-undo-button"]').exists()).toBe(true))
  await wrapper.find('[data-testid="today-undo-button"]').trigger('click')
}

describe('Today: "done" on a deadline that protects you asks what was done and when', () => {
  it('asks when the appeal was lodged, refuses a day before the letter came, writes it on the decision, and undoes it', async () => {
    const id = await project()
    await getDb().decisions.add({ id: 'd1', projectId: id, kind: 'refusal', decidedOn: '2026-11-24', notifiedOn: '2026-11-30' })
    const { wrapper } = await mountScreen(TodayView)
    const form = await askDone(wrapper, 'appeal-deadline')
    // One tap only asks: nothing is done yet.
    expect(card(wrapper, 'appeal-deadline').attributes('data-state')).not.toBe('done')
    expect(form.text()).toContain('Did you appeal to the labour tribunal?')
    expect(form.find('input[type="date"]').element).toHaveProperty('value', TODAY)
    expect(form.find('label').text()).toContain('I appealed on')

    await answer(wrapper, 'appeal-deadline', '2026-11-29')
    await until(() => expect(form.text()).toContain('This is before the day the decision reached you.'))
    expect((await getDb().decisions.get('d1'))?.appealLodgedOn).toBeUndefined()

    await answer(wrapper, 'appeal-deadline', '2026-12-01')
    await until(async () => expect((await getDb().decisions.get('d1'))?.appealLodgedOn).toBe('2026-12-01'))
    await until(() => expect(wrapper.find('[data-testid="today-undo"] [role="status"]').text()).toBe('Noted: you appealed on Tuesday 1\u00a0December 2026.'))
    // Done by the record itself: it went under "done" (no mark was stored).
    await until(() => expect(card(wrapper, 'appeal-deadline').exists()).toBe(false))
    expect(await getDb().reminderMarks.count()).toBe(0)

    await undo(wrapper)
    await until(() => expect(card(wrapper, 'appeal-deadline').attributes('data-state')).toBe('upcoming'))
    expect(await getDb().decisions.get('d1')).toEqual({ id: 'd1', projectId: id, kind: 'refusal', decidedOn: '2026-11-24', notifiedOn: '2026-11-30' })
    wrapper.unmount()
  })

  it('no longer lets an old one-tap "done" mark hide an appeal never lodged', async () => {
    const id = await project()
    await getDb().decisions.add({ id: 'd1', projectId: id, kind: 'refusal', decidedOn: '2026-11-24', notifiedOn: '2026-11-30' })
    await getDb().reminderMarks.add({ id: `${id}:appeal-deadline:d1`, projectId: id, reminderId: 'appeal-deadline:d1', state: 'done', on: '2026-12-01' })
    const { wrapper } = await mountScreen(TodayView)
    await until(() => expect(card(wrapper, 'appeal-deadline').exists()).toBe(true))
    expect(card(wrapper, 'appeal-deadline').attributes('data-state')).toBe('upcoming')
    wrapper.unmount()
  })

  it('writes a grant noted on the project only as the grant decision with its appeal, and undo removes it', async () => {
    const id = await project()
    await updateProject(id, { grantedOn: '2026-11-20', grantNotifiedOn: '2026-11-25' }, TODAY)
    const { wrapper } = await mountScreen(TodayView)
    await askDone(wrapper, 'appeal-deadline')
    await answer(wrapper, 'appeal-deadline', TODAY)
    await until(async () => expect(await getDb().decisions.toArray()).toMatchObject([{ kind: 'grant', decidedOn: '2026-11-20', notifiedOn: '2026-11-25', appealLodgedOn: TODAY }]))
    await undo(wrapper)
    await until(async () => expect(await getDb().decisions.count()).toBe(0))
    wrapper.unmount()
  })

  it('asks whether the person asked to be heard or was heard, and writes that on the notice', async () => {
    const id = await project()
    await getDb().notices.add({ id: 'n1', projectId: id, receivedOn: '2026-11-27' })
    const { wrapper } = await mountScreen(TodayView)
    const form = await askDone(wrapper, 'hearing-right')
    await form.find('input[type="radio"][value="hearing-held"]').setValue(true)
    await answer(wrapper, 'hearing-right', '2026-12-01')
    await until(async () => expect(await getDb().notices.get('n1')).toMatchObject({ hearingHeldOn: '2026-12-01' }))
    expect((await getDb().notices.get('n1'))?.hearingAskedOn).toBeUndefined()
    await until(() => expect(wrapper.find('[data-testid="today-undo"] [role="status"]').text()).toBe('Noted: you were heard on Tuesday 1\u00a0December 2026.'))
    wrapper.unmount()
  })

  it('writes the meeting held on the request', async () => {
    const id = await project()
    await getDb().meetingRequests.add({ id: 'm1', projectId: id, askedOn: '2026-11-30', how: 'letter' })
    const { wrapper } = await mountScreen(TodayView)
    await askDone(wrapper, 'meeting-due')
    await answer(wrapper, 'meeting-due', TODAY)
    await until(async () => expect(await getDb().meetingRequests.get('m1')).toMatchObject({ meetingOn: TODAY, held: true }))
    await undo(wrapper)
    await until(async () => expect(await getDb().meetingRequests.get('m1')).toEqual({ id: 'm1', projectId: id, askedOn: '2026-11-30', how: 'letter' }))
    wrapper.unmount()
  })

  it('writes the signature on the contract from the cooling-off, and undo takes it back the same day', async () => {
    const id = await project()
    await getDb().contracts.add({ id: 'c1', projectId: id, draftReceivedOn: '2026-11-30', signedBy: {} })
    const { wrapper } = await mountScreen(TodayView)
    const form = await askDone(wrapper, 'cooling-off-ends')
    expect(form.text()).toContain('Did you sign the contract?')
    await answer(wrapper, 'cooling-off-ends', TODAY)
    await until(async () => expect((await getDb().contracts.get('c1'))?.signedBy).toEqual({ me: TODAY }))
    await undo(wrapper)
    await until(async () => expect((await getDb().contracts.get('c1'))?.signedBy).toEqual({}))
    wrapper.unmount()
  })

  it('notes the ISIP signed as a new contract when none was noted, and undo removes it', async () => {
    const id = await project()
    await updateProject(id, { grantedOn: '2026-09-01', ageBand: 'under-25' }, TODAY)
    const { wrapper } = await mountScreen(TodayView)
    await askDone(wrapper, 'isip-due')
    await answer(wrapper, 'isip-due', '2026-11-30')
    await until(async () => expect(await getDb().contracts.toArray()).toMatchObject([{ signedBy: { me: '2026-11-30' } }]))
    await undo(wrapper)
    await until(async () => expect(await getDb().contracts.count()).toBe(0))
    wrapper.unmount()
  })
})
