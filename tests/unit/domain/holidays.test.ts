import { describe, expect, it } from 'vitest'
import { easterSunday, HOLIDAY_IDS, holidayOn, isLegalHoliday, legalHolidays } from '@/domain/holidays'

describe('Easter', () => {
  const situations = [
    { name: 'Easter 2024 is 31 March', year: 2024, expected: '2024-03-31' },
    { name: 'Easter 2025 is 20 April', year: 2025, expected: '2025-04-20' },
    { name: 'Easter 2019 is 21 April', year: 2019, expected: '2019-04-21' },
    { name: 'Easter 2038 is 25 April (the latest possible date)', year: 2038, expected: '2038-04-25' },
    { name: 'Easter 2285 is 22 March (the earliest possible date)', year: 2285, expected: '2285-03-22' },
    { name: 'Easter 2008 is 23 March', year: 2008, expected: '2008-03-23' },
  ]
  it.each(situations)('$name', ({ year, expected }) => {
    expect(easterSunday(year)).toBe(expected)
  })
})

describe('legal holidays', () => {
  // legal-facts.md §7, "Computed moveable dates", 2025–2030.
  const table = [
    { year: 2025, easter_monday: '2025-04-21', ascension: '2025-05-29', whit_monday: '2025-06-09' },
    { year: 2026, easter_monday: '2026-04-06', ascension: '2026-05-14', whit_monday: '2026-05-25' },
    { year: 2027, easter_monday: '2027-03-29', ascension: '2027-05-06', whit_monday: '2027-05-17' },
    { year: 2028, easter_monday: '2028-04-17', ascension: '2028-05-25', whit_monday: '2028-06-05' },
    { year: 2029, easter_monday: '2029-04-02', ascension: '2029-05-10', whit_monday: '2029-05-21' },
    { year: 2030, easter_monday: '2030-04-22', ascension: '2030-05-30', whit_monday: '2030-06-10' },
  ]
  it.each(table)('$year: Easter Monday $easter_monday, Ascension $ascension, Whit Monday $whit_monday', (row) => {
    const byId = Object.fromEntries(legalHolidays(row.year).map((h) => [h.id, h.date]))
    expect(byId.easter_monday).toBe(row.easter_monday)
    expect(byId.ascension).toBe(row.ascension)
    expect(byId.whit_monday).toBe(row.whit_monday)
  })

  it('has the ten legal holidays, each once, with the fixed dates of 2026', () => {
    const list = legalHolidays(2026)
    expect(list.map((h) => h.id).sort()).toEqual([...HOLIDAY_IDS].sort())
    const byId = Object.fromEntries(list.map((h) => [h.id, h.date]))
    expect(byId).toMatchObject({
      new_year: '2026-01-01',
      labour_day: '2026-05-01',
      national_day: '2026-07-21',
      assumption: '2026-08-15',
      all_saints: '2026-11-01',
      armistice: '2026-11-11',
      christmas: '2026-12-25',
    })
  })

  it('keeps both holidays when Ascension falls on 1 May (2008)', () => {
    const byId = Object.fromEntries(legalHolidays(2008).map((h) => [h.id, h.date]))
    expect(byId.ascension).toBe('2008-05-01')
    expect(byId.labour_day).toBe('2008-05-01')
    expect(isLegalHoliday('2008-05-01')).toBe(true)
  })

  const notLegal = [
    { name: '26 December is not a legal holiday', date: '2025-12-26' },
    { name: '11 July (Flemish Community day) is not a legal holiday', date: '2025-07-11' },
    { name: '27 September (French Community day) is not a legal holiday', date: '2025-09-27' },
    { name: '2 November is not a legal holiday', date: '2025-11-02' },
    { name: '15 November (King’s Feast) is not a legal holiday', date: '2025-11-15' },
    { name: 'Good Friday is not a legal holiday', date: '2026-04-03' },
  ]
  it.each(notLegal)('$name', ({ date }) => {
    expect(holidayOn(date)).toBeUndefined()
  })

  it('names the holiday on a date', () => {
    expect(holidayOn('2025-12-25')).toBe('christmas')
    expect(holidayOn('2027-03-29')).toBe('easter_monday')
    expect(holidayOn('2025-11-11')).toBe('armistice')
  })
})
