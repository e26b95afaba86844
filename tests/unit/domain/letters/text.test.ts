// The letters' words are checked as the rights texts are: every part in every letter language, French typography,
// and no English left in the French, Dutch or German letters.
import { describe, expect, it } from 'vitest'
import { de } from '@/domain/letters/text/de'
import { en } from '@/domain/letters/text/en'
import { fr } from '@/domain/letters/text/fr'
import { nl } from '@/domain/letters/text/nl'
import type { LetterText } from '@/domain/letters/text/types'
import { fixTypography } from '../../../../scripts/typography.mjs'

const SAMPLE = 'XYZ'
/** Every sentence of a language, with the sample in place of each value. */
function sentences(words: LetterText): string[] {
  const out: string[] = []
  const walk = (node: unknown) => {
    if (typeof node === 'string') out.push(node)
    else if (typeof node === 'function') out.push(String((node as (...a: string[]) => string)(SAMPLE, SAMPLE, SAMPLE)))
    else if (node && typeof node === 'object') Object.values(node).forEach(walk)
  }
  walk({ ...words, common: { ...words.common, date: undefined, locale: undefined } })
  return out
}
const shape = (node: unknown): unknown =>
  node && typeof node === 'object' ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, shape(v)])) : typeof node

describe('the letters’ words', () => {
  it('have the same parts in every language (the appeal only where an appeal can be written)', () => {
    expect(shape(nl)).toEqual(shape(fr))
    expect(shape(de)).toEqual(shape(fr))
    const { appeal: _appeal, ...toThePcsw } = fr
    expect(shape(en)).toEqual(shape(toThePcsw))
  })

  it('follow French typography: narrow no-break space before ? ; !, no-break space before :, curly apostrophes', () => {
    for (const s of sentences(fr)) {
      expect(s, s).not.toMatch(/[^\u202f][?;!]|[^\u00a0]:|'/)
    }
  })

  // The rules of the screens' messages (scripts/typography.mjs) hold on paper too: a number keeps its unit, a day
  // its month, § its number.
  it.each([['fr', fr], ['nl', nl], ['en', en], ['de', de]] as const)('follow the typography rules in %s', (lang, words) => {
    const all = [...sentences(words), words.common.date('2026-05-26'), words.common.date('2027-03-01')]
    expect(all.filter((s) => fixTypography(s, lang) !== s)).toEqual([])
  })

  it.each([['fr', fr], ['nl', nl], ['de', de]] as const)('leave no English sentence in %s', (_lang, words) => {
    for (const s of sentences(words)) {
      const tells = new Set(s.toLowerCase().match(/\b(the|your|you|and|with|must|this|which|should|will)\b/g) ?? [])
      expect(tells.size, s).toBeLessThan(2)
    }
  })

  it('write dates in each language, never shifted by the time zone', () => {
    expect(fr.common.date('2026-12-01')).toBe('1er\u00a0décembre 2026')
    expect(fr.common.date('2026-12-02')).toBe('2\u00a0décembre 2026')
    expect(nl.common.date('2027-03-02')).toBe('2\u00a0maart 2027')
    expect(de.common.date('2027-03-02')).toBe('2.\u00a0März 2027')
    expect(en.common.date('2027-03-02')).toBe('2\u00a0March 2027')
  })

  it('use the official terms of each language (legal-facts §8)', () => {
    const all = (w: LetterText) => sentences(w).join(' ')
    expect(all(fr)).toMatch(/mise en demeure.*projet individualisé d’intégration sociale|projet individualisé d’intégration sociale.*mise en demeure/s)
    expect(all(fr)).toContain('comité spécial du service social')
    expect(all(nl)).toContain('aanmaning')
    expect(all(nl)).toContain('Bijzonder Comité voor de Sociale Dienst')
    expect(all(nl)).toContain('leefloon')
    for (const term of ['Arbeitsgericht', 'Antrag', 'ÖSHZ', 'Eingliederungseinkommen']) expect(all(de)).toContain(term)
    expect(all(en)).toContain('formal notice')
  })
})
