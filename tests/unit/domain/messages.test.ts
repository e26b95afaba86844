// Every message key the rules engine emits exists in fr, nl and en, and every {name} it uses is given a value.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HOLIDAY_IDS } from '@/domain/holidays'
import type { ProjectFacts } from '@/domain/reminders'
import { computeReminders, INFO_REMINDER_KINDS, mustHaveIsip, REMINDER_KINDS, type Message } from '@/domain/reminders'
import { countOf } from '@/domain/rule-explanations'

// Read as plain JSON: importing locales/*.json goes through the vue-i18n plugin, which precompiles the messages.
const locales: Record<string, unknown> = Object.fromEntries(
  ['en', 'fr', 'nl'].map((lang) => [lang, JSON.parse(readFileSync(resolve(process.cwd(), 'locales', `${lang}.json`), 'utf8'))]),
)

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree)
}

function namesIn(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')
}

/** A project that triggers every rule and most notes. */
const rich: ProjectFacts = {
  project: {
    id: 'p',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    pcsw: { name: 'CPAS', municipality: 'Mons' },
    requestedOn: '2025-10-01',
    grantedOn: '2025-10-20',
    grantNotifiedOn: '2025-10-24',
  },
  contracts: [{ id: 'c', projectId: 'p', draftReceivedOn: '2025-12-19', signedOn: '2024-01-15', signedBy: {}, endsOn: '2025-06-30' }],
  evaluations: [{ id: 'e', projectId: 'p', heldOn: '2024-03-01', inPerson: true }, { id: 'pl', projectId: 'p', plannedOn: '2025-02-01' }],
  meetingRequests: [{ id: 'm', projectId: 'p', askedOn: '2025-12-18', how: 'phone', meetingOn: '2026-01-30' }],
  decisions: [
    { id: 'r', projectId: 'p', kind: 'refusal', decidedOn: '2025-11-26', notifiedOn: '2025-12-01' },
    { id: 'h', projectId: 'p', kind: 'other', decidedOn: '2025-10-01', notifiedOn: '2026-01-06' },
    { id: 'x', projectId: 'p', kind: 'other', notifiedOn: '2025-01-06' },
    { id: 's', projectId: 'p', kind: 'sanction', decidedOn: '2025-06-10' },
  ],
  notices: [{ id: 'n', projectId: 'p', receivedOn: '2025-12-01' }],
  trips: [{ id: 't', projectId: 'p', leavesOn: '2026-02-01' }],
  steps: (['me', 'pcsw', 'partner'] as const).map((who, i) => ({ id: `s${i}`, projectId: 'p', title: 'x', who, dueDate: '2026-01-20', status: 'todo' as const, author: { role: 'me' as const }, createdOn: '2025-01-01', order: i })),
}

function allMessages(): Message[] {
  const out: Message[] = []
  for (const facts of [rich, { ...rich, lastExportOn: '2025-11-01' }, { ...rich, project: { ...rich.project, newBeneficiary: true } }]) {
    for (const r of computeReminders(facts, '2025-12-20')) {
      out.push(r.message, r.explanation, ...(r.notes ?? []))
    }
  }
  // Appeals that end on the last day of a short month on a Saturday (30 November 2025 → Saturday 28 February
  // 2026), looked at after their safe date; and one ending on New Year's Day, Saturday 1 January 2028.
  for (const [notifiedOn, today] of [['2025-11-30', '2026-02-28'], ['2027-10-01', '2027-12-01']] as const) {
    const facts: ProjectFacts = { project: rich.project, decisions: [{ id: 'a', projectId: 'p', kind: 'refusal', notifiedOn }] }
    for (const r of computeReminders(facts, today)) out.push(r.explanation, ...(r.notes ?? []))
  }
  return out
}

describe('reminder messages', () => {
  const messages = allMessages()

  it('cover the moved appeal: its reasons, its notes and its "to be safe" date', () => {
    const keys = new Set(messages.map((m) => m.key))
    for (const key of [
      'rules.appeal_deadline.why_moved',
      'rules.appeal_deadline.why_month_end_moved',
      'rules.appeal_deadline.note_moved_weekend',
      'rules.appeal_deadline.note_moved_holiday',
      'rules.appeal_deadline.note_safe_passed',
    ]) {
      expect(keys, key).toContain(key)
    }
  })

  it('cover every kind of reminder', () => {
    const kinds = new Set(messages.map((m) => m.key.split('.')[1]))
    for (const kind of [...REMINDER_KINDS, ...INFO_REMINDER_KINDS]) expect(kinds).toContain(kind.replace(/-/g, '_'))
  })

  for (const lang of ['fr', 'nl', 'en']) {
    it(`exist in ${lang}, with a value for every {name} they use`, () => {
      for (const m of messages) {
        const text = lookup(locales[lang], m.key)
        expect(typeof text, `${lang}: ${m.key}`).toBe('string')
        for (const name of namesIn(text as string)) expect(m.values, `${lang}: ${m.key} needs ${name}`).toHaveProperty(name)
      }
    })

    it(`count every moved appeal in ${lang}, with a value for every {name}`, () => {
      for (const [notifiedOn, today] of [['2026-11-30', '2026-12-01'], ['2026-07-31', '2026-08-01']] as const) {
        const facts: ProjectFacts = { project: rich.project, decisions: [{ id: 'a', projectId: 'p', kind: 'refusal', notifiedOn }] }
        const appeal = computeReminders(facts, today).find((r) => r.kind === 'appeal-deadline')
        const count = appeal ? countOf(appeal) : undefined
        expect(count?.key).toMatch(/^why\.count\.months_moved/)
        const text = lookup(locales[lang], count?.key ?? '')
        expect(typeof text, `${lang}: ${count?.key}`).toBe('string')
        // `holidays` is the list of holiday names the screen writes out (RightsCount.vue).
        for (const name of namesIn(text as string)) expect({ ...count?.values, holidays: '' }, `${lang}: ${count?.key} needs ${name}`).toHaveProperty(name)
      }
      for (const key of ['reminders.appeal_deadline.safe_by', 'reminders.appeal_deadline.title']) {
        expect(namesIn(String(lookup(locales[lang], key))), `${lang}: ${key}`).toEqual(['date'])
      }
    })

    it(`never says in ${lang} that the appeal date is not moved for a weekend or holiday`, () => {
      const all = JSON.stringify(locales[lang])
      const never = /never mov|not moved|n[’']est jamais report|ne bouge jamais|ne le déplace jamais|jamais (report|déplac)|schuift nooit|verschuift hem nooit|nooit (op|ver)schuift|nooit verplaatst/i
      expect(all).not.toMatch(never)
    })

    it(`name every holiday, kind label and ISIP reason in ${lang}`, () => {
      for (const id of HOLIDAY_IDS) expect(typeof lookup(locales[lang], `holidays.${id}`)).toBe('string')
      for (const kind of [...REMINDER_KINDS, ...INFO_REMINDER_KINDS]) expect(typeof lookup(locales[lang], `reminders.${kind.replace(/-/g, '_')}.label`)).toBe('string')
      const inputs = [{ age: 20, newBeneficiary: true }, { exemption: 'health' as const }, { exemption: 'equity' as const }, { exemption: 'working-top-up' as const }, { age: 30, newBeneficiary: false }, {}]
      for (const input of inputs) {
        const result = mustHaveIsip(input)
        expect(typeof lookup(locales[lang], `isip_required.answer.${result.answer.replace(/-/g, '_')}`)).toBe('string')
        for (const reason of result.reasons) {
          const text = lookup(locales[lang], reason)
          expect(typeof text, `${lang}: ${reason}`).toBe('string')
          for (const name of namesIn(text as string)) expect(result.values).toHaveProperty(name)
        }
      }
    })
  }
})
