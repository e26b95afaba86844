import { describe, expect, it } from 'vitest'
import { formatCalendarDate, formatEuros, formatInstantDate } from '@/i18n/formats'

// In tests/unit/domain so that it runs in the four time zones of `npm run test:timezones`: a written-out date must
// never move a day. (Pure Intl: no Vue, no i18n instance.)
const NBSP = '\u00a0'
const NNBSP = '\u202f'

describe('dates and amounts, as each language writes them', () => {
  it('writes British English, Belgian French with « 1er », and Belgian Dutch', () => {
    expect(formatCalendarDate('2025-12-29', 'en')).toBe('Monday 29\u00a0December 2025')
    expect(formatCalendarDate('2026-12-01', 'fr')).toBe('mardi 1er\u00a0décembre 2026')
    expect(formatCalendarDate('2026-12-11', 'fr')).toBe('vendredi 11\u00a0décembre 2026')
    expect(formatCalendarDate('2026-12-21', 'fr', 'short')).toBe('21\u00a0décembre 2026')
    expect(formatCalendarDate('2026-03-01', 'fr', 'short')).toBe('1er\u00a0mars 2026')
    expect(formatCalendarDate('2026-12-01', 'nl')).toBe('dinsdag 1\u00a0december 2026')
    expect(formatCalendarDate('2026-12-01', 'en', 'short')).toBe('1\u00a0December 2026')
  })

  it('never moves a calendar date, whatever the time zone (29 February, New Year)', () => {
    expect(formatCalendarDate('2028-02-29', 'en')).toBe('Tuesday 29\u00a0February 2028')
    expect(formatCalendarDate('2027-01-01', 'fr')).toBe('vendredi 1er\u00a0janvier 2027')
    expect(formatCalendarDate('2026-12-31', 'nl')).toBe('donderdag 31\u00a0december 2026')
  })

  it('writes the day of an instant where the device is', () => {
    const noonUtc = '2026-12-01T12:00:00.000Z'
    const day = new Date(noonUtc).getDate()
    expect(formatInstantDate(noonUtc, 'fr', 'short')).toBe(`${day === 1 ? '1er' : String(day)}${NBSP}décembre 2026`)
  })

  it('writes amounts as each language does', () => {
    expect(formatEuros(1314.2, 'fr')).toBe(`1${NNBSP}314,20${NBSP}€`)
    expect(formatEuros(1314.2, 'nl')).toBe(`€${NBSP}1.314,20`)
    expect(formatEuros(1314.2, 'en')).toBe('€1,314.20')
    expect(formatEuros(1314, 'fr', { whole: true })).toBe(`1${NNBSP}314${NBSP}€`)
  })
})
