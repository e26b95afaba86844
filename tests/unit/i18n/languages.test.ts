import { beforeEach, describe, expect, it } from 'vitest'
import { initialLanguage, languageFromBrowser, rememberLanguage } from '@/i18n/languages'

describe('languageFromBrowser', () => {
  it.each([
    { name: 'a Belgian French browser gets French', preferred: ['fr-BE', 'en'], expected: 'fr' },
    { name: 'a Flemish browser gets Dutch', preferred: ['nl-BE'], expected: 'nl' },
    { name: 'a German browser with French second gets French', preferred: ['de-DE', 'fr'], expected: 'fr' },
    { name: 'an English browser with Dutch second gets English', preferred: ['en-GB', 'nl'], expected: 'en' },
    { name: 'an Arabic-only browser gets English', preferred: ['ar'], expected: 'en' },
    { name: 'no language at all gets English', preferred: [], expected: 'en' },
  ])('$name', ({ preferred, expected }) => {
    expect(languageFromBrowser(preferred)).toBe(expected)
  })
})

describe('initialLanguage', () => {
  beforeEach(() => localStorage.clear())

  it('remembers the person’s choice over the browser’s language', () => {
    rememberLanguage('nl')
    expect(initialLanguage()).toBe('nl')
  })

  it('ignores a stored value that is not one of the three languages', () => {
    localStorage.setItem('isip-own.language', 'de')
    expect(['fr', 'nl', 'en']).toContain(initialLanguage())
    expect(initialLanguage()).toBe(languageFromBrowser(navigator.languages))
  })
})
