/**
 * Going abroad.
 */
import { daysBetween, isValidIsoDate } from '../dates'
import { parameterOn } from '../parameters'
import type { SourceId } from '../sources'
import type { Message, ProjectFacts, RuleContext } from './types'

/**
 * `trip-notice`: tell the PCSW before leaving abroad for a week or more (with how long and why): due on the
 * departure date. A trip counts as a week or more when the days away, counting both the day of departure and the
 * day of return, reach 7, or when the return date is unknown: the app would rather ask for notice than not.
 * Done once announced. A stay of more than 28 days may suspend payment (secondary source): noted.
 *
 * Source: Law of 26 May 2002, art. 23 §5 (since 9 January 2016; primabook.mi-is.be); infosdf.be (28 days).
 * legal-facts D15, §9.7.
 */
export function tripNotice(facts: ProjectFacts, ctx: RuleContext): void {
  for (const trip of facts.trips ?? []) {
    if (!isValidIsoDate(trip.leavesOn)) continue
    const threshold = parameterOn('trip_notice_min_days', trip.leavesOn)
    const daysAway =
      isValidIsoDate(trip.returnsOn) && trip.returnsOn >= trip.leavesOn
        ? daysBetween(trip.leavesOn, trip.returnsOn) + 1
        : undefined
    if (daysAway !== undefined && daysAway < threshold) continue
    const longStay = parameterOn('long_stay_abroad_days', trip.leavesOn)
    const notes: Message[] = []
    const sources: SourceId[] = ['law-2002-art-23-5']
    if (daysAway === undefined) notes.push({ key: 'rules.trip_notice.note_return_unknown', values: {} })
    if (daysAway === undefined || daysAway > longStay) {
      notes.push({ key: 'rules.trip_notice.note_long_stay', values: { days: longStay } })
      sources.push('infosdf-abroad')
    }
    const values: Record<string, string | number> = { date: trip.leavesOn }
    if (daysAway !== undefined && trip.returnsOn !== undefined) {
      values.returnDate = trip.returnsOn
      values.days = daysAway
    }
    ctx.emit({
      id: `trip-notice:${trip.id}`,
      kind: 'trip-notice',
      due: trip.leavesOn,
      record: { table: 'trips', id: trip.id },
      sources,
      message: { key: 'reminders.trip_notice.title', values },
      explanation: {
        key: 'rules.trip_notice.why',
        values: { date: trip.leavesOn, length: threshold },
        start: { event: 'departure', date: trip.leavesOn },
        length: threshold,
        unit: 'calendar-days',
        parameters: ['trip_notice_min_days', 'long_stay_abroad_days'],
      },
      notes,
      done: isValidIsoDate(trip.announcedOn),
    })
  }
}
