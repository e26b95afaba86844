/**
 * A calendar file (iCalendar, RFC 5545) of the person's dates, for the phone's own calendar.
 *
 * Pure: the events and the moment of the export come in, the text of a `.ics` file goes out. Every event is an
 * all-day event (`DTSTART;VALUE=DATE`, a calendar date never moved by a time zone), its `UID` is stable, so
 * importing the file again updates the events rather than adding them twice, and each may carry alarms so many
 * days before. Text is escaped (RFC 5545 §3.3.11) and every line folded to at most 75 octets (§3.1), CRLF.
 * What goes in a title or a description is the caller's choice: this module adds nothing personal.
 */
import { addDays, isValidIsoDate } from './dates'
import type { IsoDate } from './model'

/** One all-day event of the calendar file. */
export interface CalendarEvent {
  /** Stable across exports (e.g. the reminder's id), so a second import updates the event. */
  uid: string
  /** The day of the event. */
  date: IsoDate
  title: string
  description?: string
  /**
   * Alarms, in days before the event: 1 is "the day before" (`TRIGGER:-P1D`); 0 is "on the day", at 9 in the
   * morning (`TRIGGER:PT9H` from the start of the day), rather than at midnight.
   */
  alarmDaysBefore?: number[]
}

const PRODID = '-//isip-own//My ISIP//EN'
const MAX_OCTETS = 75
const encoder = new TextEncoder()

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped; every kind of new line as `\n`. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * One content line folded to lines of at most 75 octets (§3.1): each continuation starts with one space, which
 * counts in its 75. Never splits a character (a UTF-8 sequence, an emoji's surrogate pair).
 */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > MAX_OCTETS) {
      out.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  out.push(current)
  return out.join('\r\n')
}

/** `2026-12-02T15:39:00.000Z` → `20261202T153900Z` (UTC, as DTSTAMP requires). */
function utcStamp(stamp: string): string {
  const time = new Date(stamp)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(stamp) || Number.isNaN(time.getTime())) {
    throw new RangeError(`toICalendar: stamp must be an ISO instant, got ${stamp}`)
  }
  return time.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

const dateValue = (date: IsoDate) => date.replace(/-/g, '')

function trigger(days: number): string {
  return days === 0 ? 'PT9H' : `-P${days}D`
}

function eventLines(event: CalendarEvent, dtstamp: string): string[] {
  if (event.uid.trim() === '') throw new RangeError('toICalendar: an event needs a uid')
  if (!isValidIsoDate(event.date)) throw new RangeError(`toICalendar: ${event.uid} has no valid date (${event.date})`)
  const alarms = [...new Set(event.alarmDaysBefore ?? [])].sort((a, b) => b - a)
  for (const days of alarms) {
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`toICalendar: ${event.uid} has an alarm of ${days} days`)
  }
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${dtstamp}`,
    `LAST-MODIFIED:${dtstamp}`,
    `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
    `DTEND;VALUE=DATE:${dateValue(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.title)}`,
  ]
  if (event.description !== undefined && event.description !== '') lines.push(`DESCRIPTION:${escapeText(event.description)}`)
  // A day to remember, not a meeting: the person stays "free" in their calendar.
  lines.push('TRANSP:TRANSPARENT')
  for (const days of alarms) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.title)}`, `TRIGGER:${trigger(days)}`, 'END:VALARM')
  }
  lines.push('END:VEVENT')
  return lines
}

/**
 * The calendar file of `events`, exported at the instant `stamp` (ISO, e.g. `new Date().toISOString()` in the
 * caller): one VCALENDAR, one all-day VEVENT per event in the order given, folded, CRLF line ends.
 * Throws a RangeError for an event without uid or date, a negative alarm, or a stamp that is not an instant.
 */
export function toICalendar(events: CalendarEvent[], stamp: string): string {
  const dtstamp = utcStamp(stamp)
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']
  for (const event of events) lines.push(...eventLines(event, dtstamp))
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
