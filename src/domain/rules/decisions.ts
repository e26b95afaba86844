/**
 * Letters and decisions: the PCSW's decision on a request, its notification, and the appeal to the labour tribunal.
 */
import { addDays, addMonthsClamped, isValidIsoDate, lastWorkingDayOnOrBefore, nextWorkingDayOnOrAfter, nonWorkingDaysBetween } from '../dates'
import { holidayOn } from '../holidays'
import type { Decision, DecisionKind, IsoDate } from '../model'
import { parameterOn } from '../parameters'
import type { SourceId } from '../sources'
import type { Message, ProjectFacts, RecordTable, RuleContext } from './types'

/** Decisions that answer a request for integration income. */
const ANSWERS: ReadonlySet<DecisionKind> = new Set(['grant', 'refusal', 'other'])
/** Decisions that can be appealed (every decision but the acknowledgement of receipt). */
const APPEALABLE: ReadonlySet<DecisionKind> = new Set(['grant', 'refusal', 'sanction', 'other'])

interface Dated {
  date: IsoDate
  table: RecordTable
  id: string
}

/** The requests for integration income: the project's request date, and each acknowledgement of receipt. */
function requests(facts: ProjectFacts): Dated[] {
  const list: Dated[] = []
  for (const d of facts.decisions ?? []) {
    if (d.kind === 'acknowledgement' && isValidIsoDate(d.decidedOn)) {
      list.push({ date: d.decidedOn, table: 'decisions', id: d.id })
    }
  }
  const { requestedOn, id } = facts.project
  if (isValidIsoDate(requestedOn) && !list.some((r) => r.date === requestedOn)) {
    list.push({ date: requestedOn, table: 'projects', id })
  }
  return list
}

/**
 * `decision-due`: the PCSW decides on a request for integration income within 30 calendar days of the request
 * (the date on the acknowledgement of receipt). Done once a grant, refusal or other decision dated on or after
 * the request is recorded.
 *
 * Source: Law of 26 May 2002, art. 21 (as commonly cited; article number not checked); bdas-wwsb.brussels/?p=7722
 * and ?p=7649 (acknowledgement); luttepauvrete.wallonie.be; Tournai CPAS page. legal-facts D1, D3b.
 */
export function decisionDue(facts: ProjectFacts, ctx: RuleContext): void {
  const answers: IsoDate[] = []
  for (const d of facts.decisions ?? []) {
    const on = d.decidedOn ?? d.notifiedOn
    if (ANSWERS.has(d.kind) && isValidIsoDate(on)) answers.push(on)
  }
  if (isValidIsoDate(facts.project.grantedOn)) answers.push(facts.project.grantedOn)

  for (const request of requests(facts)) {
    const length = parameterOn('decision_days', request.date)
    const due = addDays(request.date, length)
    const notifyBy = addDays(due, parameterOn('notification_days', due))
    ctx.emit({
      id: `decision-due:${request.id}`,
      kind: 'decision-due',
      due,
      record: { table: request.table, id: request.id },
      sources: ['law-2002-art-21', 'bdas-decision-content', 'bdas-acknowledgement', 'luttepauvrete-wallonie', 'tournai-cpas'],
      message: { key: 'reminders.decision_due.title', values: { date: due, requestDate: request.date } },
      explanation: {
        key: 'rules.decision_due.why',
        values: { start: request.date, length, date: due },
        start: { event: 'request', date: request.date },
        length,
        unit: 'calendar-days',
        parameters: ['decision_days'],
      },
      notes: [
        { key: 'rules.decision_due.note_notification_by', values: { date: notifyBy } },
        { key: 'rules.decision_due.note_no_decision', values: { date: due } },
      ],
      done: answers.some((on) => on >= request.date),
    })
  }
}

/** The grant recorded on the project itself, when no `grant` decision carries the same date. */
function projectGrantOnly(facts: ProjectFacts): boolean {
  const { grantedOn } = facts.project
  return (
    isValidIsoDate(grantedOn) &&
    !(facts.decisions ?? []).some((d) => d.kind === 'grant' && d.decidedOn === grantedOn)
  )
}

/**
 * `notification-due`: a decision is notified within 8 days of being taken (read as calendar days).
 * One reminder per decision with a decision date; done once its notification date is recorded. A decision the person
 * recorded has reached them one way or another: once the 8 days have run, the reminder does not go overdue but asks
 * "did you get the letter? when?" (`asks`), since the appeal period counts from that day.
 *
 * Source: mi-is.be FAQ "Binnen welke termijn moet de beslissing worden bekendgemaakt" (official);
 * bdas-wwsb.brussels/?p=4672 ("au total 38 jours"). legal-facts D2, Q8.
 */
export function notificationDue(facts: ProjectFacts, ctx: RuleContext): void {
  const emit = (decidedOn: IsoDate, notified: boolean, table: RecordTable, id: string, kind: DecisionKind) => {
    const length = parameterOn('notification_days', decidedOn)
    const due = addDays(decidedOn, length)
    const asks = !notified && due <= ctx.today
    ctx.emit({
      id: `notification-due:${id}`,
      kind: 'notification-due',
      due,
      record: { table, id },
      sources: ['mi-is-faq-notification', 'bdas-notification', 'bdas-decision-content'],
      message: { key: asks ? 'reminders.notification_due.title_ask' : 'reminders.notification_due.title', values: { date: due, decisionDate: decidedOn, decision: kind } },
      ...(asks ? { asks: 'notification-date' as const } : {}),
      explanation: {
        key: 'rules.notification_due.why',
        values: { start: decidedOn, length, date: due },
        start: { event: 'decision', date: decidedOn },
        length,
        unit: 'calendar-days',
        parameters: ['notification_days'],
      },
      notes: [
        ...(asks ? [{ key: 'rules.notification_due.note_ask', values: { date: due } }] : []),
        { key: 'rules.notification_due.note_form', values: {} },
        { key: 'rules.notification_due.note_mentions', values: {} },
      ],
      done: notified,
    })
  }
  for (const d of facts.decisions ?? []) {
    if (APPEALABLE.has(d.kind) && isValidIsoDate(d.decidedOn)) {
      emit(d.decidedOn, isValidIsoDate(d.notifiedOn), 'decisions', d.id, d.kind)
    }
  }
  const { project } = facts
  if (projectGrantOnly(facts) && project.grantedOn !== undefined) {
    emit(project.grantedOn, isValidIsoDate(project.grantNotifiedOn), 'projects', project.id, 'grant')
  }
}

/** The sources of the appeal period itself; and of a last day moved off a weekend or holiday (legal-facts §11, Q6). */
const APPEAL_SOURCES: readonly SourceId[] = ['law-2002-art-47', 'bdas-appeal', 'luttepauvrete-wallonie', 'bdas-decision-content']
const MOVED_SOURCES: readonly SourceId[] = ['judicial-code-art-53', 'bdas-appeal-count', 'terralaboris-appeal-count', 'labour-court-antwerp-2001']

/**
 * `appeal-deadline`: the last day to appeal a decision to the labour tribunal (free of charge). Counted as the
 * notification date + 3 months, same day of the month, clamped to the month's end. When that day is a Saturday,
 * Sunday or legal holiday, the legal last day (`due`) is the next working day (Judicial Code arts 52–53, as applied
 * to the 3-month appeal in social-security matters). The reminder also carries `safeBy`, "to be safe, send it by":
 * the last working day on or before the unmoved day (equal to `due` when nothing moved), because no ruling on
 * art. 47 itself was found; the heads-up counts back from it. Done once the appeal is lodged; once the legal last
 * day is past, the period has ended.
 *
 * Source: Law of 26 May 2002, art. 47 (as commonly cited; article number not checked); bdas-wwsb.brussels/?p=7444;
 * luttepauvrete.wallonie.be ("dans les trois mois de la notification"). Moved last day: bdas-wwsb.brussels/?p=4768
 * ("Si le dernier jour tombe un week-end ou un jour férié, il est reporté au premier jour ouvrable");
 * terralaboris.be; Labour Court of Antwerp, 25 May 2001, RG 97/263. legal-facts D3, §11 (Q6 answered); §9.3.
 */
export function appealDeadline(facts: ProjectFacts, ctx: RuleContext): void {
  const emit = (decision: Pick<Decision, 'decidedOn' | 'appealLodgedOn' | 'kind'>, notifiedOn: IsoDate, table: RecordTable, id: string) => {
    const length = parameterOn('appeal_months', notifiedOn)
    const unmoved = addMonthsClamped(notifiedOn, length)
    const due = nextWorkingDayOnOrAfter(unmoved)
    const safeBy = lastWorkingDayOnOrBefore(unmoved)
    const moved = due !== unmoved
    const clamped = unmoved.slice(8) !== notifiedOn.slice(8)
    const done = isValidIsoDate(decision.appealLodgedOn)
    const notes: Message[] = [{ key: 'rules.appeal_deadline.note_act_early', values: {} }]
    const skipped = moved ? nonWorkingDaysBetween(unmoved, due) : []
    if (moved) {
      const holiday = holidayOn(unmoved)
      notes.push(
        holiday === undefined
          ? { key: 'rules.appeal_deadline.note_moved_weekend', values: { unmoved, date: due, safeBy } }
          : { key: 'rules.appeal_deadline.note_moved_holiday', values: { unmoved, date: due, safeBy, holiday } },
      )
      if (!done && safeBy < ctx.today && ctx.today <= due) {
        notes.push({ key: 'rules.appeal_deadline.note_safe_passed', values: { safeBy, date: due } })
      }
    }
    if (!done && due < ctx.today) notes.push({ key: 'rules.appeal_deadline.note_expired', values: {} })
    const values: Record<string, string | number> = { date: due, notifiedDate: notifiedOn, decision: decision.kind }
    if (isValidIsoDate(decision.decidedOn)) values.decisionDate = decision.decidedOn
    const why = `rules.appeal_deadline.why${clamped ? '_month_end' : ''}${moved ? '_moved' : ''}`
    ctx.emit({
      id: `appeal-deadline:${id}`,
      kind: 'appeal-deadline',
      due,
      safeBy,
      record: { table, id },
      sources: moved ? [...APPEAL_SOURCES, ...MOVED_SOURCES] : [...APPEAL_SOURCES],
      message: { key: 'reminders.appeal_deadline.title', values },
      explanation: {
        key: why,
        values: moved ? { start: notifiedOn, length, unmoved, date: due, safeBy } : { start: notifiedOn, length, date: due },
        start: { event: 'notification', date: notifiedOn },
        length,
        unit: 'months',
        parameters: ['appeal_months'],
        ...(moved ? { movedFrom: unmoved, skipped } : {}),
      },
      notes,
      done,
      expires: true,
    })
  }
  for (const d of facts.decisions ?? []) {
    if (APPEALABLE.has(d.kind) && isValidIsoDate(d.notifiedOn)) emit(d, d.notifiedOn, 'decisions', d.id)
  }
  const { project } = facts
  if (
    isValidIsoDate(project.grantNotifiedOn) &&
    !(facts.decisions ?? []).some((d) => d.kind === 'grant' && d.notifiedOn === project.grantNotifiedOn)
  ) {
    emit({ kind: 'grant', decidedOn: project.grantedOn }, project.grantNotifiedOn, 'projects', project.id)
  }
}
