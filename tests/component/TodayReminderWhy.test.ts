import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import TodayView from '@/views/TodayView.vue'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { mountScreen, until } from './mount'

// Wednesday 2 December 2026: a refusal notified on 30 November, its appeal period open.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 11, 2, 10, 0))
})
afterEach(() => {
  vi.useRealTimers()
})

const LANGS = ['en', 'fr', 'nl'] as const
const locales = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(readFileSync(resolve(process.cwd(), 'locales', `${l}.json`), 'utf8'))]))
const text = (lang: string, key: string): string =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locales[lang]) as string

describe('Today: "why this date?" speaks the person’s language', () => {
  it.each(LANGS)('writes the law’s article and says its number is the one the sources give, in %s', async (lang) => {
    const { id } = await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, '2026-12-01')
    await getDb().decisions.add({ id: 'd1', projectId: id, kind: 'refusal', decidedOn: '2026-11-24', notifiedOn: '2026-11-30' })
    const { wrapper } = await mountScreen(TodayView, { language: lang })
    await until(() => expect(wrapper.find('[data-reminder-kind="appeal-deadline"]').exists()).toBe(true))
    const card = wrapper.find('[data-reminder-kind="appeal-deadline"]')
    await card.find('button[aria-expanded]').trigger('click')
    const article = text(lang, 'rules.source_articles.law_2002_art_47')
    await until(() => expect(card.text()).toContain(`Loi du 26 mai 2002`))
    expect(card.text()).toContain(article)
    expect(card.text()).not.toContain('as commonly cited')
    wrapper.unmount()
  })

  it.each(LANGS)('names the ISIP guide in %s, as the rule’s page does', async (lang) => {
    const { id } = await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, '2026-12-01')
    await getDb().contracts.add({ id: 'c1', projectId: id, draftReceivedOn: '2026-12-01', signedBy: {} })
    const { wrapper } = await mountScreen(TodayView, { language: lang })
    await until(() => expect(wrapper.find('[data-reminder-kind="cooling-off-ends"]').exists()).toBe(true))
    const card = wrapper.find('[data-reminder-kind="cooling-off-ends"]')
    await card.find('button[aria-expanded]').trigger('click')
    await until(() => expect(card.text()).toContain(text(lang, 'rules.source_names.seed_guide')))
    expect(card.text()).toContain(`Arrêté royal du 11 juillet 2002 portant règlement général en matière de droit à l’intégration sociale, ${text(lang, 'rules.source_articles.rd_2002_arts_10_21')}`)
    wrapper.unmount()
  })
})
