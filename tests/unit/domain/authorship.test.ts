import { describe, expect, it } from 'vitest'
import { lastEdit, MAX_EDITS, sameAuthor, withEdit } from '@/domain/authorship'
import type { Authored } from '@/domain/model'

const jan = { role: 'companion' as const, name: 'Jan' }
const me = { role: 'me' as const }
const worker = { role: 'social-worker' as const, name: 'Mme Dubois' }

describe('who wrote what, across changes', () => {
  it('keeps the first writer and adds the person who changed it, with the day', () => {
    expect(withEdit({ author: jan }, me, '2026-12-03')).toEqual({ author: jan, edits: [{ role: 'me', on: '2026-12-03' }] })
  })

  it('is no change of hand when the first writer changes their own words', () => {
    expect(withEdit({ author: jan }, { role: 'companion', name: 'Jan' }, '2026-12-03')).toEqual({ author: jan })
  })

  it('tells companions apart by name', () => {
    expect(sameAuthor(jan, { role: 'companion', name: 'Samira' })).toBe(false)
    expect(sameAuthor({ role: 'companion' }, { role: 'companion', name: '' })).toBe(true)
  })

  it('makes changes by the same hand in a row one change, on its last day', () => {
    const once = withEdit({ author: jan }, me, '2026-12-03')
    const twice = withEdit(once, me, '2026-12-05')
    expect(twice.edits).toEqual([{ role: 'me', on: '2026-12-05' }])
    const third = withEdit(twice, worker, '2026-12-06')
    expect(third.edits).toEqual([{ role: 'me', on: '2026-12-05' }, { role: 'social-worker', name: 'Mme Dubois', on: '2026-12-06' }])
    expect(lastEdit(third)).toEqual({ role: 'social-worker', name: 'Mme Dubois', on: '2026-12-06' })
  })

  it('records the first writer changing it back after someone else did', () => {
    const byMe = withEdit({ author: jan }, me, '2026-12-03')
    expect(withEdit(byMe, jan, '2026-12-04').edits?.at(-1)).toEqual({ role: 'companion', name: 'Jan', on: '2026-12-04' })
  })

  it(`keeps at most ${MAX_EDITS} changes, the latest, and never loses the first writer`, () => {
    let record: Authored = { author: jan }
    for (let day = 1; day <= 30; day += 1) record = withEdit(record, day % 2 ? me : worker, `2026-12-${String(day).padStart(2, '0')}`)
    expect(record.author).toEqual(jan)
    expect(record.edits).toHaveLength(MAX_EDITS)
    expect(record.edits?.at(-1)?.on).toBe('2026-12-30')
  })
})
