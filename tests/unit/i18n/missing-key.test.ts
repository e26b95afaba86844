import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n, loadMessagePart, setLanguage } from '@/i18n'

// In tests (and in development) a key that is not there fails loudly instead of showing as raw text.
describe('a missing message key', () => {
  beforeEach(async () => {
    await setLanguage('en')
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })

  it('throws, naming the key and the language', () => {
    expect(() => i18n.global.t('no.such.key')).toThrow(/"no\.such\.key" in en/)
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('no.such.key'))
  })

  it('throws for a key of a lazy part not loaded yet, and gives its text once the part is loaded', async () => {
    expect(() => i18n.global.t('why.title')).toThrow(/"why\.title" in en/)
    await loadMessagePart('rights')
    expect(i18n.global.t('why.title')).toBe('Why this date?')
  })

  it('throws in another language too, before its part is loaded', async () => {
    await setLanguage('nl')
    expect(() => i18n.global.t('no.such.key')).toThrow(/"no\.such\.key" in nl/)
  })

  it('leaves te() silent: testing whether a key exists is no error', () => {
    expect(i18n.global.te('no.such.key')).toBe(false)
    expect(i18n.global.te('app.name')).toBe(true)
    expect(console.error).not.toHaveBeenCalled()
  })

  it('gives the core messages without a part', () => {
    expect(i18n.global.t('app.name')).toBe('My ISIP')
  })
})
