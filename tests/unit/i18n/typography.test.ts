import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fixTypography, messagesOf, NBSP, NNBSP, type Language, type Tree } from '../../../scripts/typography.mjs'

// Issue 14: the typography of every message, as code. A message breaks the rules when the fixer would change it;
// `npm run fix:typography` rewrites the files. The rules themselves are shown on examples below.

const LANGUAGES: Language[] = ['fr', 'nl', 'en']
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const messages = (language: Language) =>
  messagesOf(JSON.parse(readFileSync(join(root, `locales/${language}.json`), 'utf8')) as Tree)

describe('the typography rules', () => {
  it.each([
    ['Pourquoi cette date ?', `Pourquoi cette date${NNBSP}?`],
    ['Attention !', `Attention${NNBSP}!`],
    ['un CPAS ; un autre', `un CPAS${NNBSP}; un autre`],
    ['Par exemple : la formation', `Par exemple${NBSP}: la formation`],
    ['choisissez « Enregistrer »', `choisissez «${NBSP}Enregistrer${NBSP}»`],
    ["l'application", 'l’application'],
    ['dans les 3 mois', `dans les 3${NBSP}mois`],
    ['les {days} jours ouvrables', `les {days}${NBSP}jours ouvrables`],
    ['art. 704 § 2', `art. 704 §${NBSP}2`],
    ['à 14:00, sur https://example.org/?q', 'à 14:00, sur https://example.org/?q'],
    ['{name} ?', `{name}${NNBSP}?`],
  ])('writes French %j as %j', (input, expected) => {
    expect(fixTypography(input, 'fr')).toBe(expected)
    expect(fixTypography(expected, 'fr')).toBe(expected)
  })

  it.each([
    ['nl', "de OCMW's", 'de OCMW’s'],
    ['nl', 'binnen 5 werkdagen', `binnen 5${NBSP}werkdagen`],
    ['nl', '€ 1.314,20', `€${NBSP}1.314,20`],
    ['en', "The PCSW's decision", 'The PCSW’s decision'],
    ['en', "press 'Done'", 'press ‘Done’'],
    ['en', 'within 3 months', `within 3${NBSP}months`],
    ['en', 'Are you sure?', 'Are you sure?'],
  ] as const)('writes %s %j as %j', (language, input, expected) => {
    expect(fixTypography(input, language)).toBe(expected)
  })

  it('leaves placeholders as they are', () => {
    expect(fixTypography("{name}'s {count} ?", 'fr')).toBe(`{name}’s {count}${NNBSP}?`)
    expect(fixTypography("{'@'}", 'en')).toBe("{'@'}")
  })
})

describe.each(LANGUAGES)('the messages in %s', (language) => {
  it('follow the typography rules (npm run fix:typography puts a breach right)', () => {
    const breaches = messages(language)
      .filter(([, text]) => fixTypography(text, language) !== text)
      .map(([key, text]) => `${key}: ${text}`)
    expect(breaches).toEqual([])
  })

  it('have no straight apostrophe', () => {
    expect(messages(language).filter(([, text]) => text.replace(/\{[^{}]*\}/g, '').includes("'"))).toEqual([])
  })
})

it('French has no plain space before ; ? ! : nor inside « »', () => {
  const plain = messages('fr').filter(([, text]) => / [;?!:]|« | »/.test(text.replace(/\{[^{}]*\}/g, '')))
  expect(plain).toEqual([])
})

it('Dutch and English quote one way: “…”, never „…” nor ‘…’', () => {
  for (const language of ['nl', 'en'] as const) {
    expect(messages(language).filter(([, text]) => /[„‘]/.test(text))).toEqual([])
  }
})
