import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { escapeText, foldLine, toICalendar, type CalendarEvent } from '@/domain/calendar'

const STAMP = '2026-12-02T15:39:07.123Z'
const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({ uid: 'appeal-deadline:d1', date: '2026-12-08', title: 'Last day to appeal', ...over })

/** The file as a real iCalendar parser (ical.js) reads it: its events, with their alarms. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const e = new ICAL.Event(vevent)
      return {
        uid: e.uid,
        start: e.startDate,
        end: e.endDate,
        title: e.summary,
        description: e.description,
        stamp: vevent.getFirstPropertyValue('dtstamp'),
        triggers: vevent.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
      }
    }),
  }
}

const octets = (line: string) => new TextEncoder().encode(line).length

describe('toICalendar', () => {
  it('writes one all-day event a parser reads back with its uid, day, title and stamp', () => {
    const text = toICalendar([event({ description: 'Send your appeal before this date.' })], STAMP)
    const { calendar, events } = parse(text)
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/isip-own/)
    expect(events).toHaveLength(1)
    const [e] = events
    expect(e?.uid).toBe('appeal-deadline:d1')
    expect(e?.start.isDate).toBe(true)
    expect(e?.start.toString()).toBe('2026-12-08')
    expect(e?.end.toString()).toBe('2026-12-09')
    expect(e?.title).toBe('Last day to appeal')
    expect(e?.description).toBe('Send your appeal before this date.')
    expect(String(e?.stamp)).toBe('2026-12-02T15:39:07Z')
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20261208\r\n')
    expect(text).toContain('\r\nDTSTAMP:20261202T153907Z\r\n')
  })

  it('gives the alarms asked for: the day before as -P1D, on the day at 9 in the morning', () => {
    const { events } = parse(toICalendar([event({ alarmDaysBefore: [0, 1] }), event({ uid: 'step-due:s1', alarmDaysBefore: [3, 3] }), event({ uid: 'x' })], STAMP))
    expect(events.map((e) => e.triggers)).toEqual([['-P1D', 'PT9H'], ['-P3D'], []])
  })

  it('keeps commas, semicolons, backslashes, new lines, accents, emoji and 300 characters intact', () => {
    const long = 'Délai d’appel — envoyez votre recours avant cette date ; ' + 'é'.repeat(150) + '😀'.repeat(40) + 'x'.repeat(53)
    expect([...long]).toHaveLength(300)
    const tricky = 'Rendez-vous, CPAS; bureau 3\\b\nDeuxième ligne\r\nTroisième 👩‍👧 ligne'
    const text = toICalendar([event({ title: long, description: tricky }), event({ uid: 'uid,with;odd\\chars', title: tricky })], STAMP)
    const { events } = parse(text)
    expect(events[0]?.title).toBe(long)
    expect(events[0]?.description).toBe(tricky.replace(/\r\n/g, '\n'))
    expect(events[1]?.uid).toBe('uid,with;odd\\chars')
    expect(events[1]?.title).toBe(tricky.replace(/\r\n/g, '\n'))
  })

  it('ends every line with CRLF, and no line is longer than 75 octets', () => {
    const text = toICalendar([event({ title: '😀é,;'.repeat(90), description: 'a'.repeat(500) })], STAMP)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = text.split('\r\n').slice(0, -1)
    expect(lines.length).toBeGreaterThan(20)
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75)
  })

  it('is the same file for the same events and stamp, so a second import updates rather than duplicates', () => {
    const events = [event(), event({ uid: 'step-due:s1', date: '2027-01-04' })]
    expect(toICalendar(events, STAMP)).toBe(toICalendar(events, STAMP))
    expect(parse(toICalendar(events, STAMP)).events.map((e) => e.uid)).toEqual(['appeal-deadline:d1', 'step-due:s1'])
  })

  it('writes an empty calendar when there is nothing to add', () => {
    const { calendar, events } = parse(toICalendar([], STAMP))
    expect(calendar.name).toBe('vcalendar')
    expect(events).toEqual([])
  })

  it('refuses an event without a uid or a real date, a negative alarm and a stamp that is not an instant', () => {
    expect(() => toICalendar([event({ uid: ' ' })], STAMP)).toThrow(RangeError)
    expect(() => toICalendar([event({ date: '2026-02-30' })], STAMP)).toThrow(RangeError)
    expect(() => toICalendar([event({ alarmDaysBefore: [-1] })], STAMP)).toThrow(RangeError)
    expect(() => toICalendar([event({ alarmDaysBefore: [1.5] })], STAMP)).toThrow(RangeError)
    expect(() => toICalendar([event()], 'yesterday')).toThrow(RangeError)
    expect(() => toICalendar([event()], '2026-12-02')).toThrow(RangeError)
  })
})

describe('escapeText and foldLine', () => {
  it('escapes as RFC 5545 §3.3.11 says', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
  })

  it('folds at 75 octets without splitting a character, each continuation starting with one space', () => {
    const folded = foldLine('SUMMARY:' + '€'.repeat(40))
    const lines = folded.split('\r\n')
    expect(lines.map(octets)).toEqual([74, 55])
    expect(lines[1]?.startsWith(' €')).toBe(true)
    expect(lines.join('').replace(/ /g, '')).toBe('SUMMARY:' + '€'.repeat(40))
    expect(foldLine('SHORT:x')).toBe('SHORT:x')
  })
})
