/**
 * What a calendar date is: `YYYY-MM-DD`, a real day. Apart from dates.ts (which brings date-fns) so the checks of
 * every form can use it without bringing date arithmetic to the first screen.
 */
import type { IsoDate } from './model'

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD` (years 0001–9999).
 * Refuses impossible dates (`2025-02-30`, `2025-13-01`, `2023-02-29`) and other shapes (`2025-2-3`, `03/02/2025`,
 * `2025-02-03T00:00`). The screens use it to refuse a date before anything is saved.
 */
export function isValidIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const match = ISO_SHAPE.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}
