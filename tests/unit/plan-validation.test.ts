import { describe, expect, it } from 'vitest'
import {
  checkDoneOn,
  checkOptionalDate,
  checkText,
  isValid,
  PlanValidationError,
  validateCommitment,
  validateObjective,
  validatePartner,
  validateStep,
  type StepInput,
} from '@/domain/plan-validation'

const today = '2026-03-10'
const step = (over: Partial<StepInput> = {}): StepInput => ({ title: 'Call the bank', who: 'me', status: 'todo', createdOn: '2026-03-01', ...over })

describe('plan validation', () => {
  it('refuses an empty or blank text and accepts words', () => {
    expect(checkText('')).toBe('text_required')
    expect(checkText('   \n ')).toBe('text_required')
    expect(checkText(undefined)).toBe('text_required')
    expect(checkText(' Find a flat ')).toBeUndefined()
  })

  it.each([
    ['2025-02-30', 'date_invalid'],
    ['2023-02-29', 'date_invalid'],
    ['2025-13-01', 'date_invalid'],
    ['03/02/2025', 'date_invalid'],
    ['2024-02-29', undefined],
    ['', undefined],
  ])('an optional date %s gives %s', (value, expected) => {
    expect(checkOptionalDate(value)).toBe(expected)
  })

  it('refuses a step done before it was written down, in the future, without a date or on a date that does not exist', () => {
    expect(checkDoneOn('2026-02-28', '2026-03-01', today)).toBe('done_before_created')
    expect(checkDoneOn('2026-03-11', '2026-03-01', today)).toBe('done_in_future')
    expect(checkDoneOn('', '2026-03-01', today)).toBe('done_on_required')
    expect(checkDoneOn('2026-02-30', '2026-03-01', today)).toBe('date_invalid')
  })

  it('accepts a step done on the day it was written down, and one done today', () => {
    expect(checkDoneOn('2026-03-01', '2026-03-01', today)).toBeUndefined()
    expect(checkDoneOn(today, '2026-03-01', today)).toBeUndefined()
  })

  it('checks "done on" only for a done step', () => {
    expect(validateStep(step({ status: 'todo', doneOn: '1999-01-01' }), today)).toEqual({})
    expect(validateStep(step({ status: 'done', doneOn: '2026-02-01' }), today)).toEqual({ doneOn: 'done_before_created' })
  })

  it('lists every field in error of a step at once', () => {
    const errors = validateStep(step({ title: ' ', who: 'nobody' as never, dueDate: '2026-04-31' }), today)
    expect(errors).toEqual({ title: 'text_required', who: 'choice_required', dueDate: 'date_invalid' })
    expect(isValid(errors)).toBe(false)
  })

  it('asks an objective for a title, a domain from the list and a real target date', () => {
    expect(validateObjective({ title: 'Pay my debts', domain: 'debt', aim: 'rid_of', targetDate: '2026-12-31' })).toEqual({})
    expect(validateObjective({ title: '', domain: 'money' as never, aim: 'reach', targetDate: '2026-06-31' })).toEqual({
      title: 'text_required',
      domain: 'domain_required',
      targetDate: 'date_invalid',
    })
  })

  it('asks a commitment for words and a partner for a name', () => {
    expect(validateCommitment({ text: '' })).toEqual({ text: 'text_required' })
    expect(validatePartner({ name: ' ' })).toEqual({ name: 'text_required' })
    expect(validatePartner({ name: 'Lire et Écrire' })).toEqual({})
  })

  it('carries the error codes in the error a repository throws', () => {
    const error = new PlanValidationError({ title: 'text_required' })
    expect(error.errors).toEqual({ title: 'text_required' })
    expect(error.message).toContain('title text_required')
  })
})
