import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonthsClamped,
  addWorkingDays,
  addWorkingDaysExplained,
  compareIso,
  countWorkingDays,
  daysBetween,
  isValidIsoDate,
  isWorkingDay,
  lastWorkingDayOnOrBefore,
  nextWorkingDayOnOrAfter,
  nonWorkingDaysBetween,
  weekday,
} from '@/domain/dates'

// Every expected date below was worked out by hand on a calendar (weekdays checked against a printed calendar).

describe('isValidIsoDate', () => {
  const situations: { name: string; value: unknown; expected: boolean }[] = [
    { name: 'an ordinary date is accepted', value: '2025-02-28', expected: true },
    { name: '29 February in a leap year is accepted', value: '2024-02-29', expected: true },
    { name: '29 February 2000 (divisible by 400) is accepted', value: '2000-02-29', expected: true },
    { name: '29 February 2025 does not exist', value: '2025-02-29', expected: false },
    { name: '29 February 1900 (divisible by 100) does not exist', value: '1900-02-29', expected: false },
    { name: '30 February is refused', value: '2025-02-30', expected: false },
    { name: '31 April is refused', value: '2025-04-31', expected: false },
    { name: 'month 13 is refused', value: '2025-13-01', expected: false },
    { name: 'month 00 is refused', value: '2025-00-10', expected: false },
    { name: 'day 00 is refused', value: '2025-01-00', expected: false },
    { name: 'a one-digit month is refused', value: '2025-1-05', expected: false },
    { name: 'a date with a time is refused', value: '2025-01-05T00:00', expected: false },
    { name: 'a Belgian-style date is refused', value: '05/01/2025', expected: false },
    { name: 'an empty string is refused', value: '', expected: false },
    { name: 'a number is refused', value: 20250105, expected: false },
    { name: 'undefined is refused', value: undefined, expected: false },
  ]
  it.each(situations)('$name', ({ value, expected }) => {
    expect(isValidIsoDate(value)).toBe(expected)
  })
})

describe('addMonthsClamped', () => {
  const situations = [
    { name: '30 November + 3 months is 28 February', date: '2025-11-30', months: 3, expected: '2026-02-28' },
    { name: '30 November 2023 + 3 months is 29 February 2024 (leap year)', date: '2023-11-30', months: 3, expected: '2024-02-29' },
    { name: '31 January + 1 month is 28 February', date: '2025-01-31', months: 1, expected: '2025-02-28' },
    { name: '31 January 2024 + 1 month is 29 February 2024', date: '2024-01-31', months: 1, expected: '2024-02-29' },
    { name: '31 March + 1 month is 30 April', date: '2025-03-31', months: 1, expected: '2025-04-30' },
    { name: '29 February 2024 + 12 months is 28 February 2025', date: '2024-02-29', months: 12, expected: '2025-02-28' },
    { name: '31 August + 3 months is 30 November', date: '2025-08-31', months: 3, expected: '2025-11-30' },
    { name: 'mid-December + 3 months crosses the year on the same day', date: '2025-12-15', months: 3, expected: '2026-03-15' },
  ]
  it.each(situations)('$name', ({ date, months, expected }) => {
    expect(addMonthsClamped(date, months)).toBe(expected)
  })
})

describe('addDays and daysBetween', () => {
  const adds = [
    { name: 'the day after New Year’s Eve is 1 January', date: '2025-12-31', n: 1, expected: '2026-01-01' },
    { name: 'the day after 28 February 2024 is 29 February', date: '2024-02-28', n: 1, expected: '2024-02-29' },
    { name: 'the day after 28 February 2025 is 1 March', date: '2025-02-28', n: 1, expected: '2025-03-01' },
    { name: 'the day after the spring clock change is 31 March', date: '2025-03-30', n: 1, expected: '2025-03-31' },
    { name: 'the day after the autumn clock change is 27 October', date: '2025-10-26', n: 1, expected: '2025-10-27' },
    { name: '30 days across the spring clock change', date: '2025-03-29', n: 30, expected: '2025-04-28' },
    { name: 'the day before 1 March 2025 is 28 February', date: '2025-03-01', n: -1, expected: '2025-02-28' },
  ]
  it.each(adds)('$name', ({ date, n, expected }) => {
    expect(addDays(date, n)).toBe(expected)
  })

  const spans = [
    { name: 'two days across the spring clock change', from: '2025-03-29', to: '2025-03-31', expected: 2 },
    { name: 'two days across the autumn clock change', from: '2025-10-25', to: '2025-10-27', expected: 2 },
    { name: '2025 has 365 days', from: '2025-01-01', to: '2026-01-01', expected: 365 },
    { name: '2024 has 366 days', from: '2024-01-01', to: '2025-01-01', expected: 366 },
    { name: 'a later start gives a negative count', from: '2025-02-01', to: '2025-01-31', expected: -1 },
  ]
  it.each(spans)('$name', ({ from, to, expected }) => {
    expect(daysBetween(from, to)).toBe(expected)
  })

  it('compares ISO dates as calendar dates', () => {
    expect(compareIso('2025-01-31', '2025-02-01')).toBe(-1)
    expect(compareIso('2025-02-01', '2025-02-01')).toBe(0)
    expect(compareIso('2026-01-01', '2025-12-31')).toBe(1)
  })

  it('refuses to compute with an impossible date', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError)
  })
})

describe('weekdays and working days', () => {
  it('knows the day of the week', () => {
    expect(weekday('2025-12-25')).toBe(4) // Thursday
    expect(weekday('2026-03-01')).toBe(0) // Sunday
    expect(weekday('2024-02-29')).toBe(4) // Thursday
  })

  const days = [
    { name: 'Christmas on a Thursday is not a working day', date: '2025-12-25', expected: false },
    { name: 'National Day on a Monday is not a working day', date: '2025-07-21', expected: false },
    { name: 'the Tuesday after National Day is a working day', date: '2025-07-22', expected: true },
    { name: 'a Saturday is not a working day', date: '2025-03-08', expected: false },
    { name: '26 December (not a legal holiday) is a working day', date: '2025-12-26', expected: true },
  ]
  it.each(days)('$name', ({ date, expected }) => {
    expect(isWorkingDay(date)).toBe(expected)
  })

  const lastWorking = [
    { name: 'the last working day on or before Sunday 1 March 2026 is Friday 27 February', date: '2026-03-01', expected: '2026-02-27' },
    { name: 'the last working day before Easter Monday 2026 is Friday 3 April (Good Friday is not a legal holiday)', date: '2026-04-06', expected: '2026-04-03' },
    { name: 'the last working day before New Year’s Day 2026 is 31 December', date: '2026-01-01', expected: '2025-12-31' },
    { name: 'a working day is its own last working day', date: '2026-02-27', expected: '2026-02-27' },
  ]
  it.each(lastWorking)('$name', ({ date, expected }) => {
    expect(lastWorkingDayOnOrBefore(date)).toBe(expected)
  })

  const nextWorking = [
    { name: 'a working day is its own next working day: Friday 26 February 2027', date: '2027-02-26', expected: '2027-02-26' },
    { name: 'Sunday 28 February 2027 → Monday 1 March 2027', date: '2027-02-28', expected: '2027-03-01' },
    { name: 'Saturday 4 April 2026 passes Sunday and Easter Monday → Tuesday 7 April', date: '2026-04-04', expected: '2026-04-07' },
    { name: 'Saturday 1 January 2028 (New Year’s Day) → Monday 3 January 2028', date: '2028-01-01', expected: '2028-01-03' },
    { name: 'Thursday 25 December 2025 (Christmas) → Friday 26 December (not a legal holiday)', date: '2025-12-25', expected: '2025-12-26' },
  ]
  it.each(nextWorking)('$name', ({ date, expected }) => {
    expect(nextWorkingDayOnOrAfter(date)).toBe(expected)
  })

  it('lists the days a moved last day passed over: Saturday 4, Sunday 5 and Easter Monday 6 April 2026', () => {
    expect(nonWorkingDaysBetween('2026-04-04', '2026-04-07')).toEqual([
      { date: '2026-04-04', weekend: true },
      { date: '2026-04-05', weekend: true },
      { date: '2026-04-06', weekend: false, holiday: 'easter_monday' },
    ])
    expect(nonWorkingDaysBetween('2027-02-26', '2027-02-26')).toEqual([])
  })

  it('counts 8 working days from 22 December 2025 to 2 January 2026', () => {
    expect(countWorkingDays('2025-12-22', '2026-01-02')).toBe(8)
    expect(countWorkingDays('2025-12-22', '2026-01-02', 3)).toBe(3)
    expect(countWorkingDays('2026-01-02', '2025-12-22')).toBe(0)
  })

  it('adds 5 working days to a plain Friday: the next Friday', () => {
    expect(addWorkingDays('2025-01-03', 5)).toBe('2025-01-10')
  })

  it('says which days it skipped: Friday 18 December 2026 + 5 working days is Monday 28 December', () => {
    expect(addWorkingDaysExplained('2026-12-18', 5)).toEqual({
      date: '2026-12-28',
      skipped: [
        { date: '2026-12-19', weekend: true },
        { date: '2026-12-20', weekend: true },
        { date: '2026-12-25', weekend: false, holiday: 'christmas' },
        { date: '2026-12-26', weekend: true },
        { date: '2026-12-27', weekend: true },
      ],
    })
  })

  it('counts backwards too, and 0 working days is the day itself', () => {
    expect(addWorkingDays('2026-04-07', -1)).toBe('2026-04-03')
    expect(addWorkingDays('2026-04-05', 0)).toBe('2026-04-05')
  })
})
