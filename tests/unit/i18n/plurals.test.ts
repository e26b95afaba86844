import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { i18n, loadMessagePart, setLanguage } from '@/i18n'
import { LAZY_PARTS, type LazyPart } from '@/i18n/parts'
import { countedOn } from '@/i18n/plural'

// Issue 14 item 4: every message that counts things has vue-i18n plural forms and is called with its count.
// The locales are read as raw JSON to find the keys; they are rendered through the app's own i18n instance.
const localesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../locales')
const LANGUAGES = ['fr', 'nl', 'en'] as const
type Language = (typeof LANGUAGES)[number]
type Tree = { [key: string]: string | Tree }
function leaves(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else leaves(value, path, out)
  }
  return out
}
const raw = Object.fromEntries(LANGUAGES.map((l) => [l, leaves(JSON.parse(readFileSync(join(localesDir, `${l}.json`), 'utf8')) as Tree)])) as Record<
  Language,
  Map<string, string>
>
const message = (language: Language, key: string) => raw[language].get(key) ?? ''
const placeholders = (key: string) => [...new Set(LANGUAGES.flatMap((l) => [...message(l, key).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))]

/** Placeholders that hold a number of things. */
const COUNT_LIKE = /^(count|n|length|days|months|needed|neededInPerson|held|heldInPerson|max|firstMax|repeatMax|age|total|pages|partners|done)$/
/**
 * Messages with a count-like placeholder and no plural form, because no word agrees with the number: an ordinal
 * or a position, or a "label: number" line.
 */
const NOT_COUNTED: Record<string, string> = {
  'calendar.print.page': 'page numbers',
  'evaluations.of': '“2 of 3”, no noun',
  'evaluations.still_needed_value': 'numbers after a label',
  'glossary.count': 'label: number',
  'photos.alt': 'a position: photo 2 of 3',
  'plan.moved': 'a position',
  'plan.overview.commitments_count': 'label: number',
  'plan.overview.objectives_count': 'label: number',
  'plan.overview.steps_count': 'label: number',
  'reflection.answered_count': 'the noun agrees with the total number of questions, a constant above 1',
  'reflection.progress': 'a position: question 2 of 9',
  'today.show_done': 'a number in brackets',
  'today.show_more': '“show 2 more”, no noun',
  'why.day_counted': 'an ordinal: working day 3',
}
/** Counts a message names besides the one it agrees with: legal constants, all above 1 (src/domain/parameters.ts). */
const SECONDARY = 3

const counted = [...raw.en.keys()].filter((key) => LANGUAGES.some((l) => message(l, key).includes('|')))

describe('counted messages', () => {
  beforeAll(async () => {
    for (const part of Object.keys(LAZY_PARTS) as LazyPart[]) await loadMessagePart(part)
  })

  it('are found in the locales', () => {
    expect(counted.length).toBeGreaterThan(40)
  })

  it('every message with a count-like placeholder has plural forms, or is listed as not counted', () => {
    const lacking = [...raw.en.keys()].filter((key) => !counted.includes(key) && !(key in NOT_COUNTED) && placeholders(key).some((p) => COUNT_LIKE.test(p)))
    expect(lacking, 'Give these messages plural forms (singular | plural), or list them in NOT_COUNTED with why').toEqual([])
  })

  it('every counted message names the value it agrees with', () => {
    const unnamed = counted.filter((key) => placeholders(key).length > 0 && countedOn(key, placeholders(key)) === undefined)
    expect(unnamed).toEqual([])
  })

  /** Words that must not follow the number 1. */
  const PLURAL_NOUNS: Record<(typeof LANGUAGES)[number], RegExp> = {
    en: /\b1 (working )?(days|months|evaluations|steps|objectives|letters|dates|times|characters|commitments|meeting requests)\b/,
    fr: /\b1[\s\u00a0](jours|évaluations|étapes|objectifs|courriers|dates|caractères|engagements|ans|demandes)\b/,
    nl: /\b1 (dagen|werkdagen|maanden|evaluaties|stappen|doelen|brieven|data|tekens|afspraken|gespreksaanvragen)\b/,
  }

  describe.each(LANGUAGES)('in %s', (language) => {
    beforeAll(async () => {
      await setLanguage(language)
    })
    const render = (key: string, n: number) => {
      const names = placeholders(key)
      const on = countedOn(key, names)
      const values = Object.fromEntries(names.map((p) => [p, p === on ? n : COUNT_LIKE.test(p) ? SECONDARY : `‹${p}›`]))
      return i18n.global.t(key, values, n)
    }

    it.each(counted)('%s reads right with 0, 1 and 2', (key) => {
      const [zero, one, two] = [0, 1, 2].map((n) => render(key, n)) as [string, string, string]
      for (const text of [zero, one, two]) {
        expect(text).not.toMatch(/\||\{|\}/)
        expect(text.trim()).not.toBe('')
      }
      expect(one).not.toMatch(PLURAL_NOUNS[language])
      expect(two).not.toBe(one)
    })
  })

  it.each([
    ['fr', 'contract.duration_value', ['0\u00a0mois', '1\u00a0mois', '2\u00a0mois']],
    ['nl', 'contract.duration_value', ['0\u00a0maanden', '1\u00a0maand', '2\u00a0maanden']],
    ['en', 'contract.duration_value', ['0\u00a0months', '1\u00a0month', '2\u00a0months']],
    ['fr', 'forms.chars_left', ['Il reste 0\u00a0caractère', 'Il reste 1\u00a0caractère', 'Il reste 2\u00a0caractères']],
    ['fr', 'backup.count_evaluations', ['aucune évaluation', '1 évaluation', '2 évaluations']],
    ['nl', 'backup.count_steps', ['geen stappen', '1 stap', '2 stappen']],
    ['en', 'contract.amendment_new_duration', ['New duration: 0\u00a0months', 'New duration: 1\u00a0month', 'New duration: 2\u00a0months']],
  ] as const)('in %s, %s gives the expected words', async (language, key, expected) => {
    await setLanguage(language)
    expect([0, 1, 2].map((n) => i18n.global.t(key, n))).toEqual(expected)
  })

  it.each([
    ['fr', 'Cette année du contrat, jusqu’ici\u00a0: 1\u00a0évaluation sur 3, dont 0 sur 2\u00a0en face à face.'],
    ['nl', 'Dit contractjaar tot nu toe: 1 van 3 evaluaties, 0 van 2 in een persoonlijk gesprek.'],
    ['en', 'This contract year so far: 1 of 3 evaluations, 0 of 2 in person.'],
  ] as const)('in %s, one evaluation held reads right', async (language, expected) => {
    await setLanguage(language)
    expect(i18n.global.t('rules.evaluation_due.note_count', { held: 1, needed: 3, heldInPerson: 0, neededInPerson: 2 }, 1)).toBe(expected)
  })
})
