import { describe, expect, it } from 'vitest'
import RightsGlossaryView from '@/views/RightsGlossaryView.vue'
import { GLOSSARY_IDS } from '@/components/rights/sections'
import { mountScreen, settle } from './mount'

describe('the glossary', () => {
  it.each(['en', 'fr', 'nl'] as const)('shows every term in French, Dutch and English, each marked with its language (%s)', async (lang) => {
    const { wrapper } = await mountScreen(RightsGlossaryView, { language: lang, path: '/rights/glossary' })
    const entries = wrapper.findAll('[data-term]')
    expect(entries.map((e) => e.attributes('data-term')).sort()).toEqual([...GLOSSARY_IDS].sort())
    for (const entry of entries) {
      expect(entry.findAll('dd').map((dd) => dd.attributes('lang'))).toEqual(['fr', 'nl', 'en'])
      expect(entry.find('p').text()).not.toBe('')
    }
    const notice = wrapper.find('[data-term="formal_notice"]').text()
    for (const term of ['mise en demeure', 'aanmaning', 'formal notice']) expect(notice).toContain(term)
    wrapper.unmount()
  })

  it('finds a word typed in another language, accents or not, and says how many are shown', async () => {
    const { wrapper } = await mountScreen(RightsGlossaryView, { path: '/rights/glossary' })
    await wrapper.find('#glossary-filter').setValue('aanmaning')
    await settle()
    expect(wrapper.findAll('[data-term]').map((e) => e.attributes('data-term'))).toEqual(['formal_notice'])
    expect(wrapper.find('#glossary-count').text()).toBe('Words shown: 1')
    await wrapper.find('#glossary-filter').setValue('delai de reflexion')
    await settle()
    expect(wrapper.findAll('[data-term]').map((e) => e.attributes('data-term'))).toEqual(['cooling_off_period'])
    await wrapper.find('#glossary-filter').setValue('zzzz')
    await settle()
    expect(wrapper.text()).toContain('No word found.')
    wrapper.unmount()
  })
})
