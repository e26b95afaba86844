/**
 * Meetings the person asks for.
 */
import { addWorkingDaysExplained, isValidIsoDate } from '../dates'
import { parameterOn } from '../parameters'
import type { Message, ProjectFacts, RuleContext } from './types'

/**
 * `meeting-due`: when the person asks for a meeting, the PCSW grants it within 5 working days: the 5th working day
 * after the request, "at the latest" (Monday to Friday minus the 10 legal holidays: the later, more generous date
 * for the PCSW; legal-facts §7, Q12). The skipped weekend days and holidays go into the explanation.
 * Done when the meeting was held, or when a meeting date on or before that day was given (and not recorded as
 * not held). A date given later than that is noted.
 *
 * Source: PPS SI model GPMI contract ("binnen de vijf werkdagen een onderhoud toestaan"); droitsquotidiens.be
 * ("dans les 5 jours ouvrables"); the ISIP guide. legal-facts D6.
 */
export function meetingDue(facts: ProjectFacts, ctx: RuleContext): void {
  for (const request of facts.meetingRequests ?? []) {
    if (!isValidIsoDate(request.askedOn)) continue
    const length = parameterOn('meeting_working_days', request.askedOn)
    const { date: due, skipped } = addWorkingDaysExplained(request.askedOn, length)
    const meetingOn = isValidIsoDate(request.meetingOn) ? request.meetingOn : undefined
    const done = request.held === true || (request.held !== false && meetingOn !== undefined && meetingOn <= due)
    const notes: Message[] = []
    if (meetingOn !== undefined && meetingOn > due) {
      notes.push({ key: 'rules.meeting_due.note_later_than_rule', values: { meetingDate: meetingOn, date: due } })
    }
    const explanation = {
      key: 'rules.meeting_due.why',
      values: { start: request.askedOn, length, date: due },
      start: { event: 'meeting-request' as const, date: request.askedOn },
      length,
      unit: 'working-days' as const,
      parameters: ['meeting_working_days' as const],
      skipped,
    }
    ctx.emit({
      id: `meeting-due:${request.id}`,
      kind: 'meeting-due',
      due,
      record: { table: 'meetingRequests', id: request.id },
      sources: ['pps-si-model-contract', 'droitsquotidiens-piis', 'seed-guide', 'civil-code-working-days', 'act-1974-holidays'],
      message: { key: 'reminders.meeting_due.title', values: { date: due, requestDate: request.askedOn } },
      explanation,
      notes,
      done,
    })
  }
}
