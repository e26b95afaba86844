/**
 * The evaluation rhythm: at least 3 evaluations a contract year, at least 2 of them in person.
 */
import { addDays, addMonthsClamped, countWorkingDays, isValidIsoDate, maxIso, minIso } from '../dates'
import type { Amendment, Contract, Evaluation, IsoDate } from '../model'
import { parameterOn } from '../parameters'
import { contractTerms, lastDayOf } from './contract-terms'
import type { Message, ProjectFacts, RuleContext } from './types'

/** One contract year (12 months from the signature, rolling) and where its evaluations stand on `today`. */
export interface ContractYearRhythm {
  contractId: string
  /** 1 for the first year after signature. */
  year: number
  yearStart: IsoDate
  /** The last day of the year, or the contract's end when it ends sooner (`partial`). */
  yearEnd: IsoDate
  partial: boolean
  /** How many evaluations the year needs (3), and how many of them in person (2): dated legal values. */
  needed: number
  neededInPerson: number
  /** Evaluations held in this year (on or before `today`). */
  held: number
  heldInPerson: number
  lastHeldOn?: IsoDate
  /** How many more are needed to reach 3, and 2 in person. */
  stillNeeded: number
  stillNeededInPerson: number
  /** When the next one is expected: the last held (or the year's start) + 4 months, within the year. Absent when none is needed. */
  nextBy?: IsoDate
  /** Planned dates recorded in this year for evaluations not held yet. */
  planned: IsoDate[]
  /** Enough working days are left this year (today included) for the evaluations still needed. */
  canReachThree: boolean
  canReachTwoInPerson: boolean
}

/** The date a contract was concluded: its signature date, or the later of both parties' signatures. */
export function signatureDate(contract: Contract): IsoDate | undefined {
  if (isValidIsoDate(contract.signedOn)) return contract.signedOn
  const me = contract.signedBy?.me
  const pcsw = contract.signedBy?.pcsw
  if (isValidIsoDate(me) && isValidIsoDate(pcsw)) return maxIso(me, pcsw)
  return undefined
}

interface Span {
  contract: Contract
  signed: IsoDate
  /** Last day of the contract, if known. */
  end?: IsoDate
}

/**
 * Signed contracts, oldest first, with their last day: `endsOn`, else signature + duration − 1 day — as the latest
 * amendment that changed them says, else as signed (contract-terms.ts) — else the day before the next contract's
 * signature (a new contract replaces the old one).
 */
function spans(contracts: readonly Contract[], amendments: readonly Amendment[]): Span[] {
  const list: Span[] = []
  for (const contract of contracts) {
    const signed = signatureDate(contract)
    if (signed !== undefined) list.push({ contract, signed })
  }
  list.sort((a, b) => (a.signed < b.signed ? -1 : a.signed > b.signed ? 1 : 0))
  list.forEach((span, i) => {
    const next = list[i + 1]
    const end = lastDayOf(span.signed, contractTerms(span.contract, amendments))
    if (end !== undefined) span.end = end
    else if (next !== undefined) span.end = addDays(next.signed, -1)
  })
  return list
}

/** Evaluations by contract: by `contractId`, else the contract whose span holds its date. */
function evaluationsByContract(spansList: readonly Span[], evaluations: readonly Evaluation[]): Map<string, Evaluation[]> {
  const map = new Map<string, Evaluation[]>()
  for (const span of spansList) map.set(span.contract.id, [])
  for (const e of evaluations) {
    let target: string | undefined
    if (e.contractId !== undefined && map.has(e.contractId)) target = e.contractId
    else {
      const on = isValidIsoDate(e.heldOn) ? e.heldOn : isValidIsoDate(e.plannedOn) ? e.plannedOn : undefined
      if (on === undefined) continue
      for (const span of spansList) {
        if (span.signed <= on && (span.end === undefined || on <= span.end)) target = span.contract.id
      }
    }
    if (target !== undefined) map.get(target)?.push(e)
  }
  return map
}

function rhythmOfYear(span: Span, evaluations: readonly Evaluation[], year: number, today: IsoDate): ContractYearRhythm {
  const { signed } = span
  const yearStart = addMonthsClamped(signed, 12 * (year - 1))
  const fullEnd = addDays(addMonthsClamped(signed, 12 * year), -1)
  const partial = span.end !== undefined && span.end < fullEnd
  const yearEnd = partial && span.end !== undefined ? span.end : fullEnd
  const lastCounted = minIso(yearEnd, today)

  const heldDates: IsoDate[] = []
  const planned: IsoDate[] = []
  let heldInPerson = 0
  for (const e of evaluations) {
    if (isValidIsoDate(e.heldOn) && e.heldOn <= today) {
      if (e.heldOn >= yearStart && e.heldOn <= lastCounted) {
        heldDates.push(e.heldOn)
        if (e.inPerson === true) heldInPerson += 1
      }
    } else if (isValidIsoDate(e.plannedOn) && e.plannedOn >= yearStart && e.plannedOn <= yearEnd) {
      planned.push(e.plannedOn)
    }
  }
  heldDates.sort()
  planned.sort()

  const needed = parameterOn('evaluations_per_year', yearStart)
  const neededInPerson = parameterOn('evaluations_in_person_per_year', yearStart)
  const stillNeeded = Math.max(0, needed - heldDates.length)
  const stillNeededInPerson = Math.max(0, neededInPerson - heldInPerson)
  const left = countWorkingDays(maxIso(today, yearStart), yearEnd, Math.max(stillNeeded, stillNeededInPerson))
  const lastHeldOn = heldDates[heldDates.length - 1]

  const rhythm: ContractYearRhythm = {
    contractId: span.contract.id,
    year,
    yearStart,
    yearEnd,
    partial,
    needed,
    neededInPerson,
    held: heldDates.length,
    heldInPerson,
    stillNeeded,
    stillNeededInPerson,
    planned,
    canReachThree: stillNeeded <= left,
    canReachTwoInPerson: stillNeededInPerson <= left,
  }
  if (lastHeldOn !== undefined) rhythm.lastHeldOn = lastHeldOn
  if (stillNeeded > 0 || stillNeededInPerson > 0) {
    const spacing = parameterOn('evaluation_spacing_months', yearStart)
    rhythm.nextBy = minIso(addMonthsClamped(lastHeldOn ?? yearStart, spacing), yearEnd)
  }
  return rhythm
}

function yearsOf(span: Span, evaluations: readonly Evaluation[], today: IsoDate): ContractYearRhythm[] {
  const years: ContractYearRhythm[] = []
  for (let year = 1; ; year += 1) {
    const yearStart = addMonthsClamped(span.signed, 12 * (year - 1))
    if (yearStart > today || (span.end !== undefined && yearStart > span.end)) break
    years.push(rhythmOfYear(span, evaluations, year, today))
  }
  return years
}

/**
 * The evaluation rhythm of every contract year started by `today`, contract by contract, oldest first.
 * "A year" is read as 12 months from the signature, rolling (legal-facts Q2: calendar year or rolling is not
 * stated). An evaluation counts when its held date is on or before `today`; "in person" only when recorded so.
 *
 * Source: Royal Decree of 3 October 2016 amending the Royal Decree of 11 July 2002; PPS SI model contract
 * ("minstens drie maal per jaar … minstens twee keer"); VVSG. legal-facts D7.
 */
export function evaluationRhythm(facts: ProjectFacts, today: IsoDate): ContractYearRhythm[] {
  const list = spans(facts.contracts ?? [], facts.amendments ?? [])
  const byContract = evaluationsByContract(list, facts.evaluations ?? [])
  const result: ContractYearRhythm[] = []
  for (const span of list) result.push(...yearsOf(span, byContract.get(span.contract.id) ?? [], today))
  return result
}

/**
 * `evaluation-due`: in each contract year, the next evaluation is expected 4 months after the last one held in that
 * year (or after the year's start, the signature for the first year), and by the year's last day at the latest —
 * while fewer than 3 evaluations, or fewer than 2 in person, were held. Warns when the year can no longer reach
 * 3, or 2 in person, and shows a planned date when one is recorded. One reminder per year and per missing
 * evaluation (`evaluation-due:<contract>:<year>:<n>`), so a mark on one does not hide the next.
 *
 * Source: Royal Decree of 3 October 2016 amending the Royal Decree of 11 July 2002; PPS SI model contract; VVSG;
 * the ISIP guide. The 4-month spacing is this app's reading of "3 a year" (design.md §3). legal-facts D7, Q2.
 */
export function evaluationDue(facts: ProjectFacts, ctx: RuleContext): void {
  for (const r of evaluationRhythm(facts, ctx.today)) {
    if (r.nextBy === undefined) continue
    const due = r.nextBy
    const number = r.held + 1
    const spacing = parameterOn('evaluation_spacing_months', r.yearStart)
    const { needed, neededInPerson } = r
    const inPersonOnly = r.stillNeededInPerson >= r.stillNeeded
    const notes: Message[] = [
      { key: 'rules.evaluation_due.note_year_reading', values: { yearStart: r.yearStart, yearEnd: r.yearEnd } },
      { key: 'rules.evaluation_due.note_count', values: { held: r.held, needed, heldInPerson: r.heldInPerson, neededInPerson } },
    ]
    if (!r.canReachThree) notes.push({ key: 'rules.evaluation_due.note_cannot_reach_three', values: { held: r.held, needed, yearEnd: r.yearEnd } })
    if (!r.canReachTwoInPerson) notes.push({ key: 'rules.evaluation_due.note_cannot_reach_two_in_person', values: { heldInPerson: r.heldInPerson, neededInPerson, yearEnd: r.yearEnd } })
    const nextPlanned = r.planned.find((p) => p >= ctx.today) ?? r.planned[r.planned.length - 1]
    if (nextPlanned !== undefined) notes.push({ key: 'rules.evaluation_due.note_planned', values: { plannedDate: nextPlanned } })
    if (r.partial) notes.push({ key: 'rules.evaluation_due.note_partial_year', values: { endDate: r.yearEnd } })

    const start = r.lastHeldOn ?? r.yearStart
    ctx.emit({
      id: `evaluation-due:${r.contractId}:${r.year}:${number}`,
      kind: 'evaluation-due',
      due,
      record: { table: 'contracts', id: r.contractId },
      sources: ['rd-2016-10-03', 'pps-si-model-contract', 'vvsg-gpmi', 'seed-guide'],
      message: {
        key: inPersonOnly ? 'reminders.evaluation_due.title_in_person' : 'reminders.evaluation_due.title',
        values: { date: due, year: r.year, number },
      },
      explanation: {
        key: r.lastHeldOn === undefined ? 'rules.evaluation_due.why_first' : 'rules.evaluation_due.why',
        values: { start, length: spacing, date: due, yearEnd: r.yearEnd, needed, neededInPerson },
        start: { event: r.lastHeldOn === undefined ? (r.year === 1 ? 'signature' : 'contract-year-start') : 'evaluation-held', date: start },
        length: spacing,
        unit: 'months',
        parameters: ['evaluations_per_year', 'evaluations_in_person_per_year', 'evaluation_spacing_months'],
      },
      notes,
      done: false,
    })
  }
}
