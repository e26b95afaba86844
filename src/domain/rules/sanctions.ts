/**
 * Formal notices and sanctions. Community service was abolished in 2018 (Constitutional Court 86/2018): it is
 * never presented here.
 */
import { addMonthsClamped, isValidIsoDate } from '../dates'
import { parameterOn } from '../parameters'
import type { ProjectFacts, RuleContext } from './types'

/**
 * `repeat-window-ends`: after a sanction for not keeping to the ISIP (at most 1 month's suspension of payment), a
 * second failure within one year can lead to a suspension of up to 3 months. The window ends on the sanction
 * decision's date + 1 year (clamped: 29 February → 28 February). The law does not say from which day the year
 * counts (legal-facts D9); the app counts from the sanction decision. Once past, the window has simply ended.
 *
 * Source: Law of 26 May 2002, art. 30 §2; mi-is.be FAQ on sanctions ("en cas de récidive dans un délai d'un an");
 * bdas-wwsb.brussels/?p=3548. legal-facts D8, D9.
 */
export function repeatWindowEnds(facts: ProjectFacts, ctx: RuleContext): void {
  for (const d of facts.decisions ?? []) {
    if (d.kind !== 'sanction' || !isValidIsoDate(d.decidedOn)) continue
    const years = parameterOn('repeat_window_years', d.decidedOn)
    const due = addMonthsClamped(d.decidedOn, 12 * years)
    const firstMax = parameterOn('sanction_max_months', d.decidedOn)
    const repeatMax = parameterOn('repeat_sanction_max_months', d.decidedOn)
    ctx.emit({
      id: `repeat-window-ends:${d.id}`,
      kind: 'repeat-window-ends',
      due,
      record: { table: 'decisions', id: d.id },
      sources: ['law-2002-art-30-2', 'mi-is-faq-sanction', 'bdas-sanction'],
      message: { key: 'reminders.repeat_window_ends.title', values: { date: due, sanctionDate: d.decidedOn } },
      explanation: {
        key: 'rules.repeat_window_ends.why',
        values: { start: d.decidedOn, length: years, date: due, firstMax, repeatMax },
        start: { event: 'sanction', date: d.decidedOn },
        length: years,
        unit: 'years',
        parameters: ['repeat_window_years', 'sanction_max_months', 'repeat_sanction_max_months'],
      },
      notes: [
        { key: 'rules.repeat_window_ends.note_reference_point', values: {} },
        { key: 'rules.repeat_window_ends.note_rights', values: {} },
      ],
      done: false,
      expires: true,
    })
  }
}

/**
 * `hearing-right` (information, not one of design.md §3's deadlines): after a formal notice, and before any sanction,
 * the person may ask to be heard by the PCSW, assisted or represented by a person of their choice; they can also
 * ask for a meeting with their social worker straight away. Dated the day the notice was received; never
 * "overdue" (it stays "due-today" until done). Done once a hearing was asked for or held.
 *
 * Source: Law of 26 May 2002, art. 20 (right to be heard, "assister ou représenter par une personne de son choix");
 * art. 30 §2 (after a formal notice); bdas-wwsb.brussels/?p=7444; the ISIP guide. legal-facts §2, D8.
 */
export function hearingRight(facts: ProjectFacts, ctx: RuleContext): void {
  for (const notice of facts.notices ?? []) {
    if (!isValidIsoDate(notice.receivedOn)) continue
    const due = notice.receivedOn
    ctx.emit({
      id: `hearing-right:${notice.id}`,
      kind: 'hearing-right',
      due,
      record: { table: 'notices', id: notice.id },
      sources: ['law-2002-art-20', 'law-2002-art-30-2', 'bdas-appeal', 'seed-guide'],
      message: { key: 'reminders.hearing_right.title', values: { date: due } },
      explanation: {
        key: 'rules.hearing_right.why',
        values: { start: due },
        start: { event: 'notice-received', date: due },
        parameters: [],
      },
      notes: [
        { key: 'rules.hearing_right.note_meeting', values: {} },
        { key: 'rules.hearing_right.note_legitimate_reason', values: {} },
      ],
      done: isValidIsoDate(notice.hearingAskedOn) || isValidIsoDate(notice.hearingHeldOn),
    })
  }
}
