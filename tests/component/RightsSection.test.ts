import { formatCalendarDate, formatEuros } from '@/i18n/formats'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import RightsSectionView from '@/views/RightsSectionView.vue'
import { SECTIONS, sectionPath, sectionTextKeys } from '@/components/rights/sections'
import { todayIso } from '@/stores/clock'
import { amountsOn } from '@/domain/parameters'
import RightsView from '@/views/RightsView.vue'
import { INFO_REMINDER_KINDS, REMINDER_KINDS } from '@/domain/reminders'
import { mountScreen } from './mount'

const LANGS = ['en', 'fr', 'nl'] as const
const locales = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(readFileSync(resolve(process.cwd(), 'locales', `${l}.json`), 'utf8'))]))
const text = (lang: string, key: string): string =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locales[lang]) as string

describe('My rights', () => {
  it.each(LANGS)('lists every section, the two tools and every rule behind a reminder (%s)', async (lang) => {
    const { wrapper } = await mountScreen(RightsView, { language: lang, path: '/rights' })
    expect(wrapper.find('h1').text()).toBe(text(lang, 'nav.rights'))
    const hrefs = wrapper.findAll('a').map((a) => a.attributes('href'))
    for (const section of SECTIONS) expect(hrefs).toContain(sectionPath(section.id))
    expect(hrefs).toContain('/rights/glossary')
    expect(hrefs).toContain('/rights/isip-check')
    for (const kind of [...REMINDER_KINDS, ...INFO_REMINDER_KINDS]) expect(hrefs).toContain(`/rights/rules/${kind}`)
    wrapper.unmount()
  })
})

describe('a section of My rights', () => {
  for (const lang of LANGS) {
    it(`shows every section whole in ${lang}: its words, its official terms explained, its sources`, async () => {
      for (const section of SECTIONS) {
        const { wrapper } = await mountScreen(RightsSectionView, { language: lang, path: sectionPath(section.id) })
        const shown = wrapper.text()
        expect(wrapper.find('h1').text()).toBe(text(lang, `rights.sections.${section.id}.title`))
        for (const key of sectionTextKeys(section)) expect(shown, `${lang} ${key}`).toContain(text(lang, key))
        const terms = wrapper.findAll('[data-testid="section-terms"] dt').map((dt) => dt.text())
        expect(terms).toEqual(section.terms.map((id) => text(lang, `glossary.terms.${id}.${lang}`)))
        expect(wrapper.find('[data-testid="section-sources"]').text()).toContain(text(lang, `rights.sections.${section.id}.sources`))
        wrapper.unmount()
      }
      // Thirteen screens mounted one after the other: slow on a loaded two-core machine.
    }, 20_000)
  }

  it('links each section to the next one and to the rules it depends on', async () => {
    const { wrapper } = await mountScreen(RightsSectionView, { path: '/rights/your-rights' })
    const hrefs = wrapper.findAll('a').map((a) => a.attributes('href'))
    expect(hrefs).toContain('/rights/rules/meeting-due')
    expect(hrefs).toContain('/rights/rules/cooling-off-ends')
    expect(hrefs).toContain('/rights/your-obligations')
    expect(hrefs).toContain('/rights/what-it-brings')
    wrapper.unmount()
  })

  describe('the amounts, by the day they are looked at', () => {
    afterEach(() => {
      vi.useRealTimers()
    })
    const at = (y: number, m: number, d: number) => {
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(new Date(y, m - 1, d, 10, 0))
    }
    // The app's own writing of dates and amounts (tested on their own in tests/unit/domain/formats.test.ts).
    const short = (lang: (typeof LANGS)[number], iso: string) => formatCalendarDate(iso, lang, 'short')

    it.each(LANGS)('on 28 February 2026, the published amounts of 1 February 2025 to the cent, as current (%s)', async (lang) => {
      at(2026, 2, 28)
      const amounts = amountsOn(todayIso())
      expect(amounts?.from).toBe('2025-02-01')
      if (!amounts) return
      const { wrapper } = await mountScreen(RightsSectionView, { language: lang, path: '/rights/amounts' })
      const shown = wrapper.find('[data-testid="rights-amounts"]')
      const euro = { format: (amount: number) => formatEuros(amount, lang) }
      for (const category of ['cohabiting', 'single', 'family'] as const) {
        expect(shown.find(`[data-category="${category}"]`).text()).toContain(text(lang, 'rights.amounts.per_month').replace('{amount}', euro.format(amounts[category] / 100)))
      }
      expect(shown.find('[data-testid="amounts-since"]').text()).toBe(text(lang, 'rights.amounts.since').replace('{date}', short(lang, '2025-02-01')))
      expect(shown.find('[data-testid="amounts-known-until"]').exists()).toBe(false)
      wrapper.unmount()
    })

    it.each(LANGS)('on 2 December 2026, "about" the computed amounts of 1 March 2026, why, and that a later rise cannot be known (%s)', async (lang) => {
      at(2026, 12, 2)
      const { wrapper } = await mountScreen(RightsSectionView, { language: lang, path: '/rights/amounts' })
      const shown = wrapper.find('[data-testid="rights-amounts"]')
      const euro = { format: (amount: number) => formatEuros(amount, lang, { whole: true }) }
      // 1.02 × 876.13 / 1 314.20 / 1 776.07, to the euro: 894 / 1 340 / 1 812.
      for (const [category, whole] of [['cohabiting', 894], ['single', 1340], ['family', 1812]] as const) {
        expect(shown.find(`[data-category="${category}"]`).text()).toContain(text(lang, 'rights.amounts.about').replace('{amount}', euro.format(whole)))
      }
      expect(shown.text()).not.toMatch(/893[.,]65|1[ .,\u00a0\u202f]?340[.,]48/)
      const since = shown.find('[data-testid="amounts-since"]')
      expect(since.attributes('data-estimate')).toBe('true')
      expect(since.text()).toBe(
        text(lang, 'rights.amounts.estimate').replace('{date}', short(lang, '2026-03-01')).replace('{base}', short(lang, '2025-02-01')).replace('{percent}', '2'),
      )
      expect(shown.find('[data-testid="amounts-known-until"]').text()).toBe(text(lang, 'rights.amounts.known_until').replace('{date}', short(lang, '2026-03-01')))
      wrapper.unmount()
    })
  })

  it('says so when the address names no section', async () => {
    const { wrapper } = await mountScreen(RightsSectionView, { path: '/rights/no-such-thing' })
    expect(wrapper.text()).toContain('This page does not exist.')
    wrapper.unmount()
  })
})
