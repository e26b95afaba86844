import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import TodayView from '@/views/TodayView.vue'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { mountScreen, until } from './mount'

// Thursday 10 December 2026: a grant decided on 25 November, its letter not noted (8 days ran out on 3 December).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 11, 10, 10, 0))
})
afterEach(() => vi.useRealTimers())

describe('Today: a grant noted without the day its letter came', () => {
  it('asks “did you get the letter? when?” instead of going overdue, and leads to where the day is noted', async () => {
    await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' }, grantedOn: '2026-11-25' }, '2026-12-01')
    const { wrapper } = await mountScreen(TodayView, { language: 'nl' })
    await until(() => expect(wrapper.find('[data-reminder-kind="notification-due"]').exists()).toBe(true))
    const card = wrapper.find('[data-reminder-kind="notification-due"]')
    expect(card.attributes('data-state')).toBe('due-today')
    expect(card.find('[data-testid="reminder-title"]').text()).toBe('Hebt u de brief over de beslissing van woensdag 25\u00a0november 2026 gekregen? Wanneer?')
    expect(card.text()).toContain('uw 3\u00a0maanden om in beroep te gaan tellen vanaf die dag')
    expect(card.find('[data-testid="reminder-note-letter"]').attributes('href')).toBe('/letters#project-dates')
    wrapper.unmount()
  })

  it('asks the same of a grant decision recorded as a letter, and stops asking once the day is noted', async () => {
    const { id } = await createProject({ pcsw: { name: 'CPAS de Mons', municipality: 'Mons' } }, '2026-12-01')
    await getDb().decisions.add({ id: 'g1', projectId: id, kind: 'grant', decidedOn: '2026-11-25' })
    const { wrapper } = await mountScreen(TodayView, { language: 'en' })
    await until(() => expect(wrapper.find('[data-reminder-kind="notification-due"]').exists()).toBe(true))
    expect(wrapper.find('[data-reminder-kind="notification-due"]').attributes('data-state')).toBe('due-today')
    expect(wrapper.find('[data-reminder-kind="notification-due"] [data-testid="reminder-note-letter"]').attributes('href')).toBe('/letters')
    await getDb().decisions.update('g1', { notifiedOn: '2026-11-30' })
    await until(() => expect(wrapper.find('[data-reminder-kind="appeal-deadline"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="reminder-note-letter"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
