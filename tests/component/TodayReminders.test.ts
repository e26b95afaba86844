import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import TodayView from '@/views/TodayView.vue'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import type { Step } from '@/domain/model'
import { mountScreen, settle, until } from './mount'

// Monday 22 December 2025: the Friday before is the 19th, and Christmas (Thursday 25th) is a legal holiday.
const TODAY = '2025-12-22'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2025, 11, 22, 10, 0))
})
afterEach(() => {
  vi.useRealTimers()
})

async function project() {
  return createProject({ pcsw: { name: 'CPAS de Tournai', municipality: 'Tournai' } }, '2026-12-31')
}

function step(projectId: string, n: number, dueDate: string, status: Step['status'] = 'todo'): Step {
  return { id: `s${n}`, projectId, title: `Step ${n}`, who: 'me', dueDate, status, author: { role: 'me' }, createdOn: '2025-12-01', order: n }
}

const reminder = (wrapper: Awaited<ReturnType<typeof mountScreen>>['wrapper'], kind: string) => wrapper.find(`[data-reminder-kind="${kind}"]`)

describe('Today: the reminders', () => {
  it('leads the copy reminder to making a copy: no "done" that would hide it with no copy made', async () => {
    const { id } = await project()
    await getDb().projects.update(id, { createdAt: '2025-12-01T09:00:00.000Z' })
    const { wrapper } = await mountScreen(TodayView)
    await until(() => expect(reminder(wrapper, 'backup-due').exists()).toBe(true))
    const card = reminder(wrapper, 'backup-due')
    expect(card.find('[data-testid="reminder-make-copy"]').attributes('href')).toBe('/settings#copy')
    const buttons = card.findAll('button').map((b) => b.text())
    expect(buttons).toContain('I have seen it')
    expect(buttons).not.toContain('It is done')
    wrapper.unmount()
  })

  it('says what to fill in first when no date from the papers is known yet, and links there', async () => {
    await project()
    const { wrapper } = await mountScreen(TodayView)
    await until(() => expect(wrapper.find('[data-testid="today-no-dates"]').exists()).toBe(true))
    const links = wrapper.findAll('[data-testid="today-no-dates"] a').map((a) => a.attributes('href'))
    expect(links).toEqual(['/letters', '/letters', '/contract'])
    wrapper.unmount()
  })

  it('shows the cooling-off with its date written out, that nobody may ask to sign before, and why', async () => {
    const { id } = await project()
    await getDb().contracts.add({ id: 'c1', projectId: id, draftReceivedOn: '2025-12-20', signedBy: {} })
    const { wrapper } = await mountScreen(TodayView)
    await until(() => expect(reminder(wrapper, 'cooling-off-ends').exists()).toBe(true))
    const card = reminder(wrapper, 'cooling-off-ends')
    expect(card.attributes('data-due')).toBe('2025-12-25')
    expect(card.find('time').text()).toBe('Thursday 25\u00a0December 2025')
    expect(card.text()).toContain('You can think it over until Thursday 25\u00a0December 2025 before you sign')
    expect(card.text()).toContain('Nobody may ask you to sign before this date.')
    expect(card.element.closest('[data-group]')?.getAttribute('data-group')).toBe('next')
    await card.find('button[aria-expanded]').trigger('click')
    await until(() => expect(card.text()).toContain('Counted from the day you received the draft contract (Saturday 20\u00a0December 2025)'))
    await until(() => expect(card.text()).toContain('Arrêté royal du 11 juillet 2002'))
    expect(card.find('a[href^="/rights/rules/cooling-off-ends"]').attributes('href')).toBe('/rights/rules/cooling-off-ends?reminder=cooling-off-ends:c1')
    wrapper.unmount()
  })

  it('gives a meeting asked on the Friday before Christmas the Monday after, and names the holiday skipped', async () => {
    const { id } = await project()
    await getDb().meetingRequests.add({ id: 'm1', projectId: id, askedOn: '2025-12-19', how: 'letter' })
    const { wrapper } = await mountScreen(TodayView)
    await until(() => expect(reminder(wrapper, 'meeting-due').exists()).toBe(true))
    const card = reminder(wrapper, 'meeting-due')
    // Mon 22, Tue 23, Wed 24, (Thu 25 Christmas), Fri 26, (weekend), Mon 29: the fifth working day.
    expect(card.attributes('data-due')).toBe('2025-12-29')
    expect(card.text()).toContain('Monday 29\u00a0December 2025')
    await card.find('button[aria-expanded]').trigger('click')
    await until(() => expect(card.text()).toContain('Thursday 25\u00a0December 2025 is a public holiday (Christmas Day): it does not count.'))
    wrapper.unmount()
  })

  it('marks an overdue meeting deadline as late and says plainly that it has passed', async () => {
    const { id } = await project()
    await getDb().meetingRequests.add({ id: 'm1', projectId: id, askedOn: '2025-12-01', how: 'phone' })
    const { wrapper } = await mountScreen(TodayView)
    await until(() => expect(reminder(wrapper, 'meeting-due').exists()).toBe(true))
    const card = reminder(wrapper, 'meeting-due')
    expect(card.attributes('data-state')).toBe('overdue')
    expect(card.text()).toContain('Date passed')
    expect(card.text()).toContain('The 5\u00a0working days have passed.')
    wrapper.unmount()
  })

  it('lists late ones first with what to do now, then the next 7 days, then later, and folds done ones away', async () => {
    const { id } = await project()
    await getDb().steps.bulkAdd([step(id, 1, '2025-12-24'), step(id, 2, '2025-12-20'), step(id, 3, '2026-02-01'), step(id, 4, '2025-12-10', 'done'), step(id, 5, '2025-12-23', 'done')])
    const { wrapper } = await mountScreen(TodayView)
    await until(() => expect(wrapper.findAll('[data-reminder-kind="step-due"]')).toHaveLength(3))
    const dues = (group: string) => wrapper.findAll(`[data-group="${group}"] > [data-reminder-kind="step-due"]`).map((r) => r.attributes('data-due'))
    expect(dues('late')).toEqual(['2025-12-20'])
    expect(dues('next')).toEqual(['2025-12-24'])
    expect(dues('later')).toEqual(['2026-02-01'])
    const headings = wrapper.findAll('h3').map((h) => h.text())
    expect(headings.slice(0, 4)).toEqual(['Dates passed', 'The next 7\u00a0days (up to and including Sunday 28\u00a0December 2025)', 'Later', 'Done or ended'])
    expect(wrapper.find('[data-group="late"] [data-testid="reminder-now"]').text()).toBe(
      'What to do now: if this step is done, tap “It is done”. If not, give it a new date in your plan.',
    )
    // Done ones, even one due tomorrow, are folded away until asked for.
    expect(wrapper.find('[data-group="done"]').exists()).toBe(false)
    const fold = wrapper.find('button[aria-controls="done-list"]')
    expect(fold.text()).toBe('Show what is done or ended (2)')
    await fold.trigger('click')
    await until(() => expect(dues('done')).toEqual(['2025-12-23', '2025-12-10']))
    expect(fold.attributes('aria-expanded')).toBe('true')
    wrapper.unmount()
  })

  it.each([
    ['fr', 'Les 7 prochains jours (jusqu’au dimanche 28\u00a0décembre 2025)', 'En retard'],
    ['nl', 'De komende 7\u00a0dagen (tot en met zondag 28\u00a0december 2025)', 'Te laat'],
  ] as const)('names the groups in %s', async (language, next, late) => {
    const { id } = await project()
    await getDb().steps.bulkAdd([step(id, 1, '2025-12-20')])
    const { wrapper } = await mountScreen(TodayView, { language })
    await until(() => expect(wrapper.find('#group-late').exists()).toBe(true))
    expect(wrapper.find('#group-late').text()).toBe(late)
    expect(wrapper.find('#group-next').text()).toBe(next)
    wrapper.unmount()
  })

  it('marks a step done in one tap, with undo, and the mark survives a new visit', async () => {
    const { id } = await project()
    await getDb().steps.add(step(id, 1, '2025-12-23'))
    const first = await mountScreen(TodayView)
    await until(() => expect(reminder(first.wrapper, 'step-due').exists()).toBe(true))
    await reminder(first.wrapper, 'step-due').findAll('button[aria-pressed]')[1]!.trigger('click')
    // Done, it goes under "done", folded away; "undo" is offered where the change is said.
    await until(() => expect(reminder(first.wrapper, 'step-due').exists()).toBe(false))
    expect(first.wrapper.find('[data-testid="today-undo"] [role="status"]').text()).toBe('Marked as done.')
    expect(await getDb().reminderMarks.toArray()).toMatchObject([{ reminderId: 'step-due:s1', state: 'done' }])
    await first.wrapper.find('[data-testid="today-undo-button"]').trigger('click')
    await until(() => expect(reminder(first.wrapper, 'step-due').attributes('data-state')).toBe('soon'))
    expect(first.wrapper.find('[data-testid="today-undo"] [role="status"]').text()).toBe('Undone: it is back as it was.')
    expect(await getDb().reminderMarks.toArray()).toEqual([])
    await reminder(first.wrapper, 'step-due').findAll('button[aria-pressed]')[1]!.trigger('click')
    await until(() => expect(reminder(first.wrapper, 'step-due').exists()).toBe(false))
    first.wrapper.unmount()

    const second = await mountScreen(TodayView)
    await until(() => expect(second.wrapper.find('button[aria-controls="done-list"]').exists()).toBe(true))
    await second.wrapper.find('button[aria-controls="done-list"]').trigger('click')
    await until(() => expect(reminder(second.wrapper, 'step-due').attributes('data-state')).toBe('done'))
    // Taken back from the done group, it is open again (and seen).
    await reminder(second.wrapper, 'step-due').findAll('button[aria-pressed]')[1]!.trigger('click')
    await until(() => expect(reminder(second.wrapper, 'step-due').attributes('data-state')).toBe('soon'))
    expect(await getDb().reminderMarks.toArray()).toMatchObject([{ reminderId: 'step-due:s1', state: 'seen' }])
    second.wrapper.unmount()
  })

  it('shows the first twenty later dates and the rest on request', async () => {
    const { id } = await project()
    await getDb().steps.bulkAdd(Array.from({ length: 25 }, (_, n) => step(id, n, `2026-03-${String(n + 1).padStart(2, '0')}`)))
    const { wrapper } = await mountScreen(TodayView)
    await until(() => expect(wrapper.findAll('[data-group="later"] > li')).toHaveLength(20))
    // The 25 steps and the first "keep a copy" reminder (7 days after the project was started).
    const more = wrapper.findAll('button').find((b) => b.text() === 'Show 6 more')
    await more!.trigger('click')
    await until(() => expect(wrapper.findAll('[data-group="later"] > li')).toHaveLength(26))
    wrapper.unmount()
  })

  it('puts the number of dates due this week on the app icon', async () => {
    const setAppBadge = vi.fn(() => Promise.resolve())
    const clearAppBadge = vi.fn(() => Promise.resolve())
    Object.assign(navigator, { setAppBadge, clearAppBadge })
    try {
      const { id } = await project()
      await getDb().steps.bulkAdd([step(id, 1, '2025-12-23'), step(id, 2, '2025-12-28'), step(id, 3, '2025-12-29')])
      const { wrapper } = await mountScreen(TodayView)
      // 23 and 28 December are within today + 6 days; 29 December is not.
      await until(() => expect(setAppBadge).toHaveBeenLastCalledWith(2))
      await getDb().steps.update('s1', { status: 'done', doneOn: TODAY })
      await until(() => expect(setAppBadge).toHaveBeenLastCalledWith(1))
      wrapper.unmount()
    } finally {
      Reflect.deleteProperty(navigator, 'setAppBadge')
      Reflect.deleteProperty(navigator, 'clearAppBadge')
    }
  })

  it('writes the dates out in French and in Dutch', async () => {
    const { id } = await project()
    await getDb().contracts.add({ id: 'c1', projectId: id, draftReceivedOn: '2025-12-20', signedBy: {} })
    const fr = await mountScreen(TodayView, { language: 'fr' })
    await until(() => expect(reminder(fr.wrapper, 'cooling-off-ends').text()).toContain('Vous pouvez réfléchir jusqu’au jeudi 25\u00a0décembre 2025 avant de signer'))
    expect(fr.wrapper.find('#reminders-title').text()).toBe('Vos dates à retenir')
    fr.wrapper.unmount()
    const nl = await mountScreen(TodayView, { language: 'nl' })
    await until(() => expect(reminder(nl.wrapper, 'cooling-off-ends').find('time').text()).toBe('donderdag 25\u00a0december 2025'))
    nl.wrapper.unmount()
    await settle()
  })
})
