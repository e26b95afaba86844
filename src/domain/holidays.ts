/**
 * The 10 Belgian legal public holidays (legal-facts.md §7: Act of 4 January 1974 and Royal Decree of
 * 18 April 1974; belgium.be "Il y a dix jours fériés légaux par an").
 *
 * Each holiday has an id, so a screen can name it in any language (`holidays.<id>` in locales/*.json).
 * Easter is computed with the anonymous Gregorian algorithm; Easter Monday, Ascension and Whit Monday follow it.
 * This module works with plain integers and ISO strings only: it needs nothing from dates.ts, so dates.ts can
 * use it to count working days without an import cycle. Regional and community days (11 July, 27 September,
 * 2 and 15 November, 26 December…) are not legal holidays and are not listed.
 */
import type { IsoDate } from './model'
import type { SourceId } from './sources'

export const HOLIDAY_IDS = [
  'new_year',
  'easter_monday',
  'labour_day',
  'ascension',
  'whit_monday',
  'national_day',
  'assumption',
  'all_saints',
  'armistice',
  'christmas',
] as const
export type HolidayId = (typeof HOLIDAY_IDS)[number]

export interface Holiday {
  id: HolidayId
  date: IsoDate
}

/** Where the list comes from (sources.ts). */
export const HOLIDAY_SOURCES: readonly SourceId[] = ['act-1974-holidays', 'belgium-be-holidays']

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad2(month)}-${pad2(day)}`
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, also known as Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`easterSunday: ${year} is not a Gregorian year between 1583 and 9999`)
  }
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return iso(year, month, day)
}

/** Lengths of March to June: every date from Easter (22 March at the earliest) to Whit Monday (14 June at the latest) is in them. */
const MARCH_TO_JUNE = [31, 30, 31, 30]

/** Easter + `offset` days, counted inside March–June (no February, so leap years play no part). */
function easterPlus(year: number, offset: number): IsoDate {
  const easter = easterSunday(year)
  const month = Number(easter.slice(5, 7))
  const day = Number(easter.slice(8, 10))
  let dayFromMarch1 = (month === 3 ? 0 : 31) + day - 1 + offset
  let m = 0
  while (dayFromMarch1 >= (MARCH_TO_JUNE[m] ?? 31)) {
    dayFromMarch1 -= MARCH_TO_JUNE[m] ?? 31
    m += 1
  }
  return iso(year, 3 + m, dayFromMarch1 + 1)
}

const byYear = new Map<number, readonly Holiday[]>()
const byDate = new Map<IsoDate, HolidayId>()

/** The 10 legal public holidays of a year, in calendar order. Computed once per year, then cached. */
export function legalHolidays(year: number): readonly Holiday[] {
  const cached = byYear.get(year)
  if (cached) return cached
  const list: Holiday[] = [
    { id: 'new_year', date: iso(year, 1, 1) },
    { id: 'easter_monday', date: easterPlus(year, 1) },
    { id: 'labour_day', date: iso(year, 5, 1) },
    { id: 'ascension', date: easterPlus(year, 39) },
    { id: 'whit_monday', date: easterPlus(year, 50) },
    { id: 'national_day', date: iso(year, 7, 21) },
    { id: 'assumption', date: iso(year, 8, 15) },
    { id: 'all_saints', date: iso(year, 11, 1) },
    { id: 'armistice', date: iso(year, 11, 11) },
    { id: 'christmas', date: iso(year, 12, 25) },
  ]
  // Ascension can fall on 1 May (e.g. 2008): sort by date so the list stays in calendar order.
  list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
  const frozen = Object.freeze(list)
  byYear.set(year, frozen)
  // If two holidays share a date (Ascension on 1 May), the first listed keeps the date: either way it is a holiday.
  for (const h of frozen) if (!byDate.has(h.date)) byDate.set(h.date, h.id)
  return frozen
}

/** The legal holiday on this date, if any (`YYYY-MM-DD`; not validated here, see dates.isValidIsoDate). */
export function holidayOn(date: IsoDate): HolidayId | undefined {
  const year = Number(date.slice(0, 4))
  if (!byYear.has(year)) {
    if (!Number.isInteger(year) || year < 1583 || year > 9999) return undefined
    legalHolidays(year)
  }
  return byDate.get(date)
}

/** Whether the date is one of the 10 legal public holidays. */
export function isLegalHoliday(date: IsoDate): boolean {
  return holidayOn(date) !== undefined
}
