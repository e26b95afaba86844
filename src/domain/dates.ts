/**
 * Calendar dates for the rules: ISO `YYYY-MM-DD` strings in, ISO strings out.
 *
 * This is the only module that uses date-fns. A date string is turned into a `Date` at NOON local time, worked on,
 * and formatted straight back. Why noon: daylight-saving changes move the clock by one hour, and time-zone
 * offsets are at most 14 hours, so 12:00 local time is never pushed into the day before or after. At midnight,
 * a DST change (or a UTC conversion) can turn 30 March into 29 March 23:00. Nothing here reads the system clock:
 * `today` is always an argument of the rules.
 *
 * Working days: Monday to Friday minus the 10 legal public holidays (legal-facts.md §7; holidays.ts).
 */
import {
  addDays as fnsAddDays,
  addMonths as fnsAddMonths,
  differenceInCalendarDays,
  getDay,
} from 'date-fns'
import type { IsoDate } from './model'
import { holidayOn, type HolidayId } from './holidays'
import { isValidIsoDate } from './iso-date'

export type { IsoDate } from './model'
export { daysInMonth, isValidIsoDate } from './iso-date'

/** 0 = Sunday, 1 = Monday … 6 = Saturday (as `Date.getDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

/** The date as a local `Date` at 12:00 (see the module comment for why noon). Throws on an invalid date. */
export function toLocalNoon(date: IsoDate): Date {
  if (!isValidIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(date)}`)
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7)) - 1
  const day = Number(date.slice(8, 10))
  if (year >= 100) return new Date(year, month, day, 12)
  // The Date constructor reads years 0–99 as 1900–1999; setFullYear does not.
  const d = new Date(2000, 0, 1, 12)
  d.setFullYear(year, month, day)
  return d
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** A local `Date` back to its calendar date `YYYY-MM-DD` (local year, month and day). */
export function fromLocalDate(d: Date): IsoDate {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`
}

/** -1, 0 or 1: ISO calendar dates sort as strings. */
export function compareIso(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0
}

export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b
}

export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b
}

/** Calendar days from `from` to `to` (positive when `to` is later): 2025-01-01 → 2025-01-31 is 30. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toLocalNoon(to), toLocalNoon(from))
}

/**
 * Results of `addDays` and `addMonthsClamped`, which are pure: the reminders of one project are recomputed on every
 * change with mostly the same dates, so a date is parsed and formatted once, not on every run. Bounded: cleared
 * when full.
 */
const memo = new Map<string, IsoDate>()
const MEMO_MAX = 20_000

function remember(key: string, compute: () => IsoDate): IsoDate {
  const known = memo.get(key)
  if (known !== undefined) return known
  const value = compute()
  if (memo.size >= MEMO_MAX) memo.clear()
  memo.set(key, value)
  return value
}

/** The date `n` calendar days later (or earlier, when `n` is negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return remember(`${date}d${n}`, () => fromLocalDate(fnsAddDays(toLocalNoon(date), n)))
}

/**
 * The same day of the month `n` months later, clamped to the end of a shorter month:
 * 30 November + 3 months = 28 February (29 in a leap year); 31 March + 1 month = 30 April.
 */
export function addMonthsClamped(date: IsoDate, n: number): IsoDate {
  return remember(`${date}m${n}`, () => fromLocalDate(fnsAddMonths(toLocalNoon(date), n)))
}

/** The day of the week: 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): Weekday {
  return getDay(toLocalNoon(date)) as Weekday
}

export function isWeekend(date: IsoDate): boolean {
  const w = weekday(date)
  return w === 0 || w === 6
}

/** Monday to Friday, and not one of the 10 legal public holidays (legal-facts.md §7, "App rule"). */
export function isWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date) && holidayOn(date) === undefined
}

/** A day that was not counted when counting working days, and why. */
export interface SkippedDay {
  date: IsoDate
  /** Saturday or Sunday. */
  weekend: boolean
  /** The legal holiday on that day, if any (a holiday can also fall on a weekend). */
  holiday?: HolidayId
}

export interface WorkingDaysResult {
  date: IsoDate
  /** The days passed over that did not count, in the order they were met. */
  skipped: SkippedDay[]
}

/**
 * The `n`th working day after `date` (before it when `n` is negative; the date itself when `n` is 0), with the
 * weekend days and holidays that were skipped on the way: the "why this date?" of a working-day deadline
 * ("Christmas is a holiday, so Monday 28 December"). The day of the event itself is never counted.
 */
export function addWorkingDaysExplained(date: IsoDate, n: number): WorkingDaysResult {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: ${n} is not a whole number of days`)
  const step = n < 0 ? -1 : 1
  let left = Math.abs(n)
  let d = toLocalNoon(date)
  const skipped: SkippedDay[] = []
  while (left > 0) {
    d = fnsAddDays(d, step)
    const iso = fromLocalDate(d)
    const w = d.getDay()
    const weekend = w === 0 || w === 6
    const holiday = holidayOn(iso)
    if (weekend || holiday !== undefined) {
      skipped.push(holiday === undefined ? { date: iso, weekend } : { date: iso, weekend, holiday })
    } else {
      left -= 1
    }
  }
  return { date: fromLocalDate(d), skipped }
}

/** The `n`th working day after `date` (Mon–Fri minus the 10 legal holidays). */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  return addWorkingDaysExplained(date, n).date
}

/** The date itself if it is a working day, otherwise the last working day before it. */
export function lastWorkingDayOnOrBefore(date: IsoDate): IsoDate {
  return isWorkingDay(date) ? date : addWorkingDays(date, -1)
}

/** The date itself if it is a working day, otherwise the first working day after it (Judicial Code art. 53). */
export function nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
  return isWorkingDay(date) ? date : addWorkingDays(date, 1)
}

/** The days from `from` up to, not including, `to` that are not working days (weekend days and holidays). */
export function nonWorkingDaysBetween(from: IsoDate, to: IsoDate): SkippedDay[] {
  const out: SkippedDay[] = []
  for (let d = from; d < to; d = addDays(d, 1)) {
    if (isWorkingDay(d)) continue
    const holiday = holidayOn(d)
    out.push(holiday === undefined ? { date: d, weekend: isWeekend(d) } : { date: d, weekend: isWeekend(d), holiday })
  }
  return out
}

/**
 * How many working days there are from `from` to `to`, both included (0 when `to` is before `from`).
 * With `atMost`, counting stops there: enough to answer "are there still k working days left?".
 */
export function countWorkingDays(from: IsoDate, to: IsoDate, atMost = Infinity): number {
  if (to < from) return 0
  let count = 0
  let d = toLocalNoon(from)
  let iso = from
  while (iso <= to && count < atMost) {
    if (isWorkingDay(iso)) count += 1
    d = fnsAddDays(d, 1)
    iso = fromLocalDate(d)
  }
  return count
}

/** The calendar year of a date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4))
}
