/**
 * Before signing: the cooling-off period (délai de réflexion / bedenktijd).
 */
import { addDays, addWorkingDays, isValidIsoDate } from '../dates'
import type { Contract } from '../model'
import { parameterOn } from '../parameters'
import type { Message, ProjectFacts, RuleContext } from './types'

/** The contract is signed by the person (or recorded as signed). */
export function isSigned(contract: Contract): boolean {
  return isValidIsoDate(contract.signedOn) || isValidIsoDate(contract.signedBy?.me)
}

/**
 * `cooling-off-ends`: the person may take 5 days to think before signing the ISIP: the date the draft was received
 * + 5 calendar days. One source says working days: a note gives that later date too. No source says when the
 * period starts; the app counts from the day the draft was received (legal-facts Q1). Done once signed; once the
 * date has passed, the period has simply ended.
 *
 * Source: Royal Decree of 11 July 2002, arts 10–21; bdas-wwsb.brussels/?p=3542 and droitsquotidiens.be
 * ("5 jours calendrier"); bruxelles-j.be ("5 jours ouvrables"); the ISIP guide. legal-facts D5.
 */
export function coolingOffEnds(facts: ProjectFacts, ctx: RuleContext): void {
  for (const contract of facts.contracts ?? []) {
    const draft = contract.draftReceivedOn
    if (!isValidIsoDate(draft)) continue
    const length = parameterOn('cooling_off_days', draft)
    const due = addDays(draft, length)
    const workingDaysDate = addWorkingDays(draft, length)
    const notes: Message[] = [{ key: 'rules.cooling_off_ends.note_start', values: { start: draft } }]
    if (workingDaysDate !== due) {
      notes.push({ key: 'rules.cooling_off_ends.note_working_days', values: { date: workingDaysDate, length } })
    }
    ctx.emit({
      id: `cooling-off-ends:${contract.id}`,
      kind: 'cooling-off-ends',
      due,
      record: { table: 'contracts', id: contract.id },
      sources: ['rd-2002-arts-10-21', 'bdas-isip-procedure', 'droitsquotidiens-piis', 'bruxelles-j-piis', 'seed-guide'],
      message: { key: 'reminders.cooling_off_ends.title', values: { date: due, draftDate: draft } },
      explanation: {
        key: 'rules.cooling_off_ends.why',
        values: { start: draft, length, date: due },
        start: { event: 'draft-received', date: draft },
        length,
        unit: 'calendar-days',
        parameters: ['cooling_off_days'],
      },
      notes,
      done: isSigned(contract),
      expires: true,
    })
  }
}
