import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { tripKind } from '@/domain/records/trip'
import { checkRecord, compact, firstError, sameData, ValidationError, assertValid, type RecordKind } from '@/domain/validation'

const today = '2026-03-10'

describe('checking a record', () => {
  it('drops empty values and trims text, in nested objects too', () => {
    expect(compact({ a: ' x ', b: '  ', c: undefined, d: null, e: 0, f: false, g: { h: '', i: ' y' }, j: ['', 'k'] })).toEqual({
      a: 'x',
      e: 0,
      f: false,
      g: { i: 'y' },
      j: ['', 'k'],
    })
  })

  it('reports a missing required field as empty, and a value of the wrong type as unknown', () => {
    expect(checkRecord(tripKind, { id: 't', projectId: 'p' }, { today })).toEqual({ leavesOn: 'required' })
    expect(checkRecord(tripKind, { id: 't', projectId: 'p', leavesOn: 20260710 }, { today })).toEqual({ leavesOn: 'required' })
    expect(checkRecord(tripKind, 'a trip', { today })).toEqual({ '': 'invalid' })
  })

  it('runs a rule only once the fields it compares are fine, and keeps the first error of a field', () => {
    expect(checkRecord(tripKind, { id: 't', projectId: 'p', leavesOn: '2026-07-32', returnsOn: '2026-07-01' }, { today })).toEqual({ leavesOn: 'date_invalid' })
    const twice: RecordKind<{ a: string }> = {
      schema: () => v.object({ a: v.string() }),
      rules: [
        { field: 'a', needs: [], check: () => 'before_draft' },
        { field: 'a', needs: [], check: () => 'before_signature' },
      ],
    }
    expect(checkRecord(twice, { a: 'x' }, { today })).toEqual({ a: 'before_draft' })
  })

  it('throws the codes in one error class, and names the first field in screen order', () => {
    expect(() => assertValid({})).not.toThrow()
    const error = (() => {
      try {
        assertValid({ title: 'text_required' })
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).errors).toEqual({ title: 'text_required' })
    expect((error as ValidationError).message).toContain('title text_required')
    expect(firstError({ notifiedOn: 'before_decision', decidedOn: 'required' }, ['decidedOn', 'notifiedOn'])).toBe('decidedOn')
    expect(firstError({}, ['decidedOn'])).toBeUndefined()
  })

  it('tells records with the same data apart from changed ones, whatever the key order', () => {
    expect(sameData({ a: 1, b: { c: 'x', d: undefined } }, { b: { c: 'x' }, a: 1 })).toBe(true)
    expect(sameData({ a: 1, b: { c: 'x' } }, { a: 1, b: { c: 'y' } })).toBe(false)
    expect(sameData(undefined, { a: 1 })).toBe(false)
  })
})
