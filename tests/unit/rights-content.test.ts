// "My rights" says everything in all three languages: every section, paragraph, list item and glossary entry of
// the catalogue exists and is written out in fr, nl and en; French and Dutch are not English left untranslated;
// every official term a section lists is used in its text; community service is never presented as a duty.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GLOSSARY_FIELDS, GLOSSARY_IDS, SECTIONS, sectionTextKeys, type Section } from '@/components/rights/sections'
import { INFO_REMINDER_KINDS, REMINDER_KINDS } from '@/domain/reminders'
import { SOURCES } from '@/domain/sources'

// Read as plain JSON: importing locales/*.json goes through the vue-i18n plugin, which precompiles the messages.
type Tree = { [key: string]: string | Tree }
const LANGS = ['fr', 'nl', 'en'] as const
const locales = Object.fromEntries(
  LANGS.map((lang) => [lang, JSON.parse(readFileSync(resolve(process.cwd(), 'locales', `${lang}.json`), 'utf8')) as Tree]),
) as Record<(typeof LANGS)[number], Tree>

function lookup(tree: Tree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree)
}

function leaves(tree: Tree, prefix: string): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}.${key}`, value] as [string, string]] : leaves(value, `${prefix}.${key}`),
  )
}

/** The text a section shows in a language (its own keys, and the amounts when it shows them). */
function sectionText(section: Section, lang: (typeof LANGS)[number]): string {
  const keys = sectionTextKeys(section)
  if (section.blocks.some((b) => b.type === 'amounts')) keys.push(...leaves(locales[lang].rights as Tree, 'rights').map(([k]) => k).filter((k) => k.startsWith('rights.amounts.')))
  return keys.map((key) => String(lookup(locales[lang], key))).join(' ')
}

/** The official forms of a glossary term: the term before any "(…)", and each abbreviation inside. */
function forms(term: string): string[] {
  const match = /^(.*?)\s*\((.*)\)$/.exec(term)
  return match ? [match[1] ?? '', ...(match[2] ?? '').split(/,\s*/)] : [term]
}

const OUR_TOP_KEYS = ['rights', 'glossary', 'why', 'isip_check'] as const
/** The allow-list: identical in every language on purpose (each glossary entry shows the term in all three; language names). */
const SAME_IN_EVERY_LANGUAGE = /^glossary\.(terms\.\w+\.(fr|nl|en)|languages\.\w+)$/

describe('the rights content', () => {
  it('has 13 sections and at least 25 glossary terms', () => {
    expect(SECTIONS.length).toBe(13)
    expect(GLOSSARY_IDS.length).toBeGreaterThanOrEqual(25)
  })

  for (const lang of LANGS) {
    it(`writes out every section in ${lang}: title, intro, each paragraph and list item, sources, disagreements`, () => {
      for (const section of SECTIONS) {
        for (const key of sectionTextKeys(section)) {
          const text = lookup(locales[lang], key)
          expect(typeof text, `${lang}: ${key}`).toBe('string')
          expect((text as string).trim().length, `${lang}: ${key} is empty`).toBeGreaterThan(0)
        }
      }
    })

    it(`holds no section text in ${lang} that the catalogue does not show`, () => {
      const shown = new Set(SECTIONS.flatMap(sectionTextKeys))
      const stored = leaves(locales[lang].rights as Tree, 'rights').map(([key]) => key).filter((key) => key.startsWith('rights.sections.'))
      expect(stored.filter((key) => !shown.has(key))).toEqual([])
    })

    it(`has every glossary entry in ${lang}, with the term in the three languages and an explanation`, () => {
      for (const id of GLOSSARY_IDS) {
        for (const field of GLOSSARY_FIELDS) {
          const text = lookup(locales[lang], `glossary.terms.${id}.${field}`)
          expect(typeof text === 'string' && text.trim() !== '', `${lang}: glossary.terms.${id}.${field}`).toBe(true)
        }
      }
      expect(Object.keys(lookup(locales[lang], 'glossary.terms') as Tree).sort()).toEqual([...GLOSSARY_IDS].sort())
    })

    it(`uses in ${lang} every official term a section lists in its "words used here" box`, () => {
      for (const section of SECTIONS) {
        const text = sectionText(section, lang).toLowerCase()
        for (const id of section.terms) {
          const term = String(lookup(locales[lang], `glossary.terms.${id}.${lang}`))
          const found = forms(term).some((form) => text.includes(form.toLowerCase()))
          expect(found, `${lang}: section ${section.id} lists "${term}" but never uses it`).toBe(true)
        }
      }
    })

    it(`words every cited law article in ${lang}`, () => {
      for (const [id, source] of Object.entries(SOURCES)) {
        if (!('article' in source)) continue
        const text = lookup(locales[lang], `rules.source_articles.${id.replace(/-/g, '_')}`)
        expect(typeof text, `${lang}: ${id}`).toBe('string')
        // The article number itself is never lost in translation.
        expect(String(text)).toContain(/\d+/.exec(source.article)?.[0] ?? '')
      }
    })

    it(`explains every rule the reminders link to, in ${lang}`, () => {
      for (const kind of [...REMINDER_KINDS, ...INFO_REMINDER_KINDS]) {
        expect(typeof lookup(locales[lang], `why.rules.${kind.replace(/-/g, '_')}`), kind).toBe('string')
      }
    })
  }

  for (const lang of ['fr', 'nl'] as const) {
    it(`leaves no English sentence untranslated in ${lang}`, () => {
      const untranslated: string[] = []
      for (const top of OUR_TOP_KEYS) {
        for (const [key, value] of leaves(locales[lang][top] as Tree, top)) {
          if (SAME_IN_EVERY_LANGUAGE.test(key)) continue
          const english = lookup(locales.en, key)
          const words = value.split(/\s+/).filter(Boolean).length
          if (value === english && words > 3) untranslated.push(`${key}: ${value}`)
          // English function words that are not French or Dutch words give away an English sentence.
          const tells = new Set(value.toLowerCase().match(/\b(the|your|you|and|with|must|this|which|should|will)\b/g) ?? [])
          if (tells.size >= 2) untranslated.push(`${key}: ${value}`)
        }
      }
      expect(untranslated).toEqual([])
    })
  }

  it('never presents community service as something you must do: the glossary says once that it no longer exists', () => {
    const names = /community service|service communautaire|gemeenschapsdienst/i
    const gone = { en: 'no longer exists', fr: 'n’existe plus', nl: 'bestaat niet meer' }
    for (const lang of LANGS) {
      const mentions = OUR_TOP_KEYS.flatMap((top) => leaves(locales[lang][top] as Tree, top))
        .filter(([key, value]) => names.test(value) && !SAME_IN_EVERY_LANGUAGE.test(key))
      expect(mentions, `${lang}: community service is named outside its glossary entry`).toEqual([])
      const explanation = String(lookup(locales[lang], 'glossary.terms.community_service.explanation'))
      expect(explanation).toContain(gone[lang])
      expect(explanation).toContain('2018')
    }
  })

  it('gives the meeting deadline in working days and the evaluations as 3 a year, 2 in person, in every language', () => {
    const meeting = { en: '5\u00a0working days', fr: '5\u00a0jours ouvrables', nl: '5\u00a0werkdagen' }
    const rhythm = { en: ['3 evaluations', '2 of them'], fr: ['3 évaluations', '2 d’entre elles'], nl: ['3 evaluaties', '2 daarvan'] }
    for (const lang of LANGS) {
      expect(String(lookup(locales[lang], 'rights.sections.your_rights.paragraphs.meeting'))).toContain(meeting[lang])
      for (const part of rhythm[lang]) expect(String(lookup(locales[lang], 'rights.sections.your_obligations.paragraphs.rhythm'))).toContain(part)
    }
  })
})
