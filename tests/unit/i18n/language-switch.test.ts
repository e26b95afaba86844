import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n, loadMessagePart, setLanguage } from '@/i18n'

// The header's language switch works before the first screen's words have loaded: a part a screen asks for while
// the new language loads must come in that language too, or the screen shows keys (issue 11's forget-device test
// saw "backup.downloaded" about one run in three).
describe('switching the language while a screen loads its words', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })

  it('loads a part asked for during the switch in the new language', async () => {
    await setLanguage('en')
    const switching = setLanguage('nl')
    // As the router's guard does while the switch is under way: the current language is still English.
    const screen = loadMessagePart('rights')
    await Promise.all([switching, screen])
    expect(i18n.global.locale.value).toBe('nl')
    expect(i18n.global.t('why.title')).not.toBe('why.title')
    expect(i18n.global.t('why.title')).not.toBe(i18n.global.t('why.title', {}, { locale: 'en' }))
  })

  it('loads a part asked for after the switch began, even once the new language’s own loads are in flight', async () => {
    await setLanguage('en')
    const switching = setLanguage('fr')
    await Promise.resolve()
    await loadMessagePart('backup')
    await switching
    expect(i18n.global.locale.value).toBe('fr')
    expect(i18n.global.t('backup.downloaded', { file: 'x.json' })).toContain('téléchargements')
  })

  it('keeps the last of two quick choices, whichever language’s words come first', async () => {
    await setLanguage('en')
    const first = setLanguage('nl')
    const last = setLanguage('en')
    await Promise.all([first, last])
    expect(i18n.global.locale.value).toBe('en')
    expect(document.documentElement.lang).toBe('en')
  })
})
