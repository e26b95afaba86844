import { describe, expect, it } from 'vitest'
import { checkForm, fieldLimits, numberValue, type FormMapping, type FormValues } from '@/domain/forms'
import { answerForm, answerKind } from '@/domain/records/answer'
import { contractForm } from '@/domain/records/contract'
import { letterForm } from '@/domain/records/letters'
import { objectiveForm } from '@/domain/records/objective'
import { projectKind, projectStartForm } from '@/domain/records/project'
import { stepForm } from '@/domain/records/step'
import { tripForm } from '@/domain/records/trip'
import { checkRecord, compact, isBlank, latestDate, LIMITS, prepare, tidy, type CheckContext } from '@/domain/validation'

const today = '2026-12-02'
const ctx = { today }
const errors = <R, V extends FormValues>(mapping: FormMapping<R, V, CheckContext>, values: Partial<V>) =>
  checkForm(mapping, { ...mapping.toForm(undefined), ...values }, mapping.blank(ctx), ctx)

describe('an implausible date is refused, saying why', () => {
  it.each([
    ['year 0001', '0001-03-01', 'before_law'],
    ['year 1900', '1900-03-01', 'before_law'],
    ['the last day of 2001', '2001-12-31', 'before_law'],
    ['year 2200', '2200-03-01', 'too_far_ahead'],
    ['one day past ten years', '2036-12-03', 'too_far_ahead'],
  ])('a step due in %s', (_name, dueDate, code) => {
    expect(errors(stepForm, { title: 'Call the bank', dueDate })).toEqual({ dueDate: code })
  })

  it('accepts the first day of 2002 and the day ten years from today', () => {
    expect(errors(stepForm, { title: 'Call the bank', dueDate: '2002-01-01' })).toEqual({})
    expect(errors(stepForm, { title: 'Call the bank', dueDate: '2036-12-02' })).toEqual({})
    expect(latestDate('2028-02-29')).toBe('2038-02-29')
  })

  it('refuses a signature 126 years after its draft, and a draft in 1900', () => {
    expect(errors(contractForm, { draftReceivedOn: '1900-01-05', signedByMe: '2026-01-10' })).toMatchObject({ draftReceivedOn: 'before_law' })
    expect(errors(contractForm, { draftReceivedOn: '2026-11-20', signedByMe: '2152-11-25' })).toMatchObject({ signedByMe: 'future' })
  })

  it('applies to every kind: an objective, a trip, a letter', () => {
    expect(errors(objectiveForm, { title: 'A flat', domain: 'housing', targetDate: '2200-01-01' })).toEqual({ targetDate: 'too_far_ahead' })
    expect(errors(tripForm, { leavesOn: '1999-07-01' })).toEqual({ leavesOn: 'before_law' })
    expect(errors(letterForm, { kind: 'grant', decidedOn: '1990-05-01' })).toEqual({ decidedOn: 'before_law' })
  })

  it('lets a birth date be before 2002, but not before 1900 nor to come', () => {
    const project = { id: 'p', createdAt: 'x', updatedAt: 'x', pcsw: { name: 'CPAS', municipality: 'Namur' } }
    expect(checkRecord(projectKind, { ...project, birthDate: '1985-04-12' }, ctx)).toEqual({})
    expect(checkRecord(projectKind, { ...project, birthDate: '1890-04-12' }, ctx)).toEqual({ birthDate: 'birth_too_early' })
    expect(checkRecord(projectKind, { ...project, birthDate: '2027-04-12' }, ctx)).toEqual({ birthDate: 'future' })
  })
})

describe('a whole number is digits only', () => {
  it.each(['1e1', '0x0C', '12.0', '-3', '+3', '1_2', '١٢', 'Infinity'])('refuses "%s"', (text) => {
    expect(numberValue(text)).toBeNaN()
    expect(errors(contractForm, { draftReceivedOn: '2026-11-20', durationMonths: text })).toEqual({ durationMonths: 'not_a_duration' })
  })

  it('reads digits, around spaces, and nothing as nothing', () => {
    expect(numberValue(' 12 ')).toBe(12)
    expect(numberValue('')).toBeUndefined()
    expect(numberValue('\u00A0')).toBeUndefined()
  })
})

describe('spaces or invisible characters are not words', () => {
  const invisible = ['   ', '\u00A0\u00A0', '\u200B', '\u200C\u200D', '\u2060', '\uFEFF', '\u00AD', '\u3164', '\u2800', ' \u200B\u00A0\n\t']

  it.each(invisible.map((s) => [JSON.stringify(s), s]))('%s is blank', (_name, text) => {
    expect(isBlank(text)).toBe(true)
    expect(tidy(text)).toBe('')
    expect(errors(stepForm, { title: text })).toEqual({ title: 'text_required' })
  })

  it('keeps words with what shows inside them, and drops what shows nothing at the ends', () => {
    expect(isBlank('\u200Bok')).toBe(false)
    expect(tidy('\u200B Mes dettes\u00A0')).toBe('Mes dettes')
    expect(tidy('👨‍👩‍👧')).toBe('👨‍👩‍👧')
    expect(compact({ a: '\u200B', b: '\u2060x' })).toEqual({ b: 'x' })
  })

  it('an answer of invisible characters is stored empty (so it is skipped, not an answer)', () => {
    expect(prepare(answerKind, answerForm.fromForm({ text: '\u200B\u00A0' }, answerForm.blank(ctx))).text).toBe('')
  })
})

describe('every free-text field has a limit', () => {
  it('gives short fields a short limit and answers a long one', () => {
    // The project's other fields (address, phone…) have their limits too; these are the start form's.
    expect(fieldLimits(projectStartForm, projectStartForm.toForm(undefined), projectStartForm.blank(ctx), ctx)).toMatchObject({
      pcswName: LIMITS.name,
      municipality: LIMITS.name,
      socialWorker: LIMITS.name,
      companion: LIMITS.name,
    })
    expect(fieldLimits(answerForm, { text: '' }, answerForm.blank(ctx), ctx)).toMatchObject({ text: LIMITS.answer })
    expect(fieldLimits(stepForm, stepForm.toForm(undefined), stepForm.blank(ctx), ctx)).toMatchObject({ title: LIMITS.title })
  })

  it('reads the limits of whichever letter the form describes', () => {
    const notice = { ...letterForm.toForm(undefined), kind: 'notice' }
    expect(fieldLimits(letterForm, notice, letterForm.blank(ctx), ctx)).toEqual({ summary: LIMITS.note, outcome: LIMITS.note })
  })

  it('refuses a PCSW name of 50,000 characters, and takes one at the limit', () => {
    const long = 'x'.repeat(50_000)
    expect(errors(projectStartForm, { pcswName: long, municipality: 'Namur' })).toEqual({ pcswName: 'too_long' })
    expect(errors(projectStartForm, { pcswName: 'x'.repeat(LIMITS.name), municipality: 'Namur' })).toEqual({})
    expect(errors(answerForm, { text: 'x'.repeat(LIMITS.answer + 1) })).toEqual({ text: 'too_long' })
  })
})
