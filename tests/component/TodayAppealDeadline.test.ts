import { formatCalendarDate } from '@/i18n/formats'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import TodayView from '@/views/TodayView.vue'
import LettersView from '@/views/LettersView.vue'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { mountScreen, until } from './mount'

// Monday 22 February 2027. A refusal notified on Monday 30 November 2026: 3 months end on Sunday 28 February 2027,
// so the legal last day is Monday 1 March and the safe date Friday 26 February (legal-facts §11).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2027, 1, 22, 10, 0))
})
afterEach(() => {
  vi.useRealTimers()
})

const LANGS = ['en', 'fr', 'nl'] as const
const locales = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(readFileSync(resolve(process.cwd(), 'locales', `${l}.json`), 'utf8'))]))
const text = (lang: string, key: string): string =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locales[lang]) as string
// The app's own writing of a date (tested on its own in tests/unit/domain/formats.test.ts).
const long = (lang: (typeof LANGS)[number], y: number, m: number, d: number) =>
  formatCalendarDate(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, lang)

async function refusalNotifiedOn30November() {
  const { id } = await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, '2027-02-01')
  await getDb().decisions.add({ id: 'd1', projectId: id, kind: 'refusal', decidedOn: '2026-11-24', notifiedOn: '2026-11-30' })
}

describe('Today: an appeal whose last day falls on a Sunday', () => {
  it.each(LANGS)('shows the safe Friday first, then the legal Monday, with why they differ and both sources (%s)', async (lang) => {
    await refusalNotifiedOn30November()
    const { wrapper } = await mountScreen(TodayView, { language: lang })
    await until(() => expect(wrapper.find('[data-reminder-kind="appeal-deadline"]').exists()).toBe(true))
    const card = wrapper.find('[data-reminder-kind="appeal-deadline"]')
    expect(card.attributes('data-due')).toBe('2027-03-01')
    expect(card.attributes('data-safe-by')).toBe('2027-02-26')
    // The safe date is within the next 7 days: the card is there, though the legal last day is the Monday after.
    expect(card.element.closest('[data-group]')?.getAttribute('data-group')).toBe('next')

    const friday = long(lang, 2027, 2, 26)
    const monday = long(lang, 2027, 3, 1)
    const sunday = long(lang, 2027, 2, 28)
    const safe = card.find('[data-testid="reminder-safe-by"]')
    const legal = card.find('[data-testid="reminder-title"]')
    expect(safe.text()).toBe(text(lang, 'reminders.appeal_deadline.safe_by').replace('{date}', friday))
    expect(legal.text()).toBe(text(lang, 'reminders.appeal_deadline.title').replace('{date}', monday))
    // The safe date comes first.
    const order = safe.element.compareDocumentPosition(legal.element)
    expect(order & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()

    const note = text(lang, 'rules.appeal_deadline.note_moved_weekend').replace('{unmoved}', sunday).replace('{date}', monday).replace('{safeBy}', friday)
    expect(card.text()).toContain(note)
    // The articles are named, abbreviated or in full (the French note says « article 53 », as it is read aloud).
    expect(note).toMatch(/(art\.|article|artikel) 53/)
    expect(note).toMatch(/(art\.|article|artikel) 47/)

    await card.find('button[aria-expanded]').trigger('click')
    await until(() => expect(card.text()).toContain('Code judiciaire / Gerechtelijk Wetboek, arts 50, 52 et 53'))
    expect(card.text()).toContain('Loi du 26 mai 2002')
    wrapper.unmount()
  })

  it('shows one date only when the last day is a working day', async () => {
    const { id } = await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, '2027-02-01')
    await getDb().decisions.add({ id: 'd1', projectId: id, kind: 'refusal', notifiedOn: '2026-12-01' })
    const { wrapper } = await mountScreen(TodayView)
    await until(() => expect(wrapper.find('[data-reminder-kind="appeal-deadline"]').exists()).toBe(true))
    const card = wrapper.find('[data-reminder-kind="appeal-deadline"]')
    // 1 December 2026 + 3 months = Monday 1 March 2027: nothing moves.
    expect(card.attributes('data-due')).toBe('2027-03-01')
    expect(card.attributes('data-safe-by')).toBe('2027-03-01')
    expect(card.find('[data-testid="reminder-safe-by"]').exists()).toBe(false)
    expect(card.find('time').text()).toBe('Monday 1\u00a0March 2027')
    wrapper.unmount()
  })

  it('says on the letters screen, too, by when to send it to be safe', async () => {
    await refusalNotifiedOn30November()
    const { wrapper } = await mountScreen(LettersView, { path: '/letters' })
    await until(() => expect(wrapper.find('li[data-reminder-kind="appeal-deadline"]').exists()).toBe(true))
    const line = wrapper.find('li[data-reminder-kind="appeal-deadline"]')
    expect(line.text()).toContain('Last day to appeal to the labour tribunal: Monday 1\u00a0March 2027')
    expect(line.text()).toContain('To be safe, send your appeal by Friday 26\u00a0February 2027')
    wrapper.unmount()
  })
})
