/**
 * Must I have an ISIP? And by when must it be concluded?
 */
import { addMonthsClamped, isValidIsoDate } from '../dates'
import type { IsoDate, Project } from '../model'
import { parameterOn, REFORM_2016 } from '../parameters'
import type { SourceId } from '../sources'
import { isSigned } from './contract'
import type { Message, ProjectFacts, RecordTable, RuleContext } from './types'

export interface MustHaveIsipInput {
  /** Age in whole years, when known. Takes precedence over the birth date. */
  age?: number
  /** Birth date: with `today`, gives the age. */
  birthDate?: IsoDate
  /** The day the question is asked (for the age), or the day of the grant decision. */
  today?: IsoDate
  /** Under 25, when only the age band is known. */
  under25?: boolean
  /** No right to social integration in the 3 months before the grant (legal-facts D13). */
  newBeneficiary?: boolean
  exemption?: Project['exemption']
}

/**
 * `yes`: mandatory. `no`: not mandatory by law (but possible). `not-required`: an exception applies (health or
 * equity reasons the PCSW may accept; working part-time with a top-up). `unknown`: age or new-beneficiary status
 * missing.
 */
export type IsipAnswer = 'yes' | 'no' | 'not-required' | 'unknown'

export interface MustHaveIsipResult {
  answer: IsipAnswer
  /** Message keys under `isip_required.*`, in the order to show them. */
  reasons: string[]
  /** Values for the reason messages: `age` (25) and `months` (3). */
  values: Record<string, number>
  sources: SourceId[]
}

/** Whether someone born on `birthDate` is under `limit` years old on `on` (a 29 February birthday falls on 28 February). */
function isUnder(birthDate: IsoDate, on: IsoDate, limit: number): boolean {
  return on < addMonthsClamped(birthDate, 12 * limit)
}

/**
 * Must the person have an ISIP? Mandatory for under-25s and for new beneficiaries (no right to social integration
 * in the 3 months before the grant), unless the PCSW accepts health or equity reasons; optional when working
 * part-time with integration income as a top-up (the PCSW may still require one). The PCSW may always propose one,
 * and the person may ask for one.
 *
 * Source: Law of 26 May 2002, arts 11 and 13 §2, as amended by the law of 21 July 2016; bdas-wwsb.brussels/?p=3479;
 * VVSG (an optional GPMI remains possible); adasasbl.be (under-25s since 1993). legal-facts §3.
 */
export function mustHaveIsip(input: MustHaveIsipInput): MustHaveIsipResult {
  const on = input.today !== undefined && isValidIsoDate(input.today) ? input.today : REFORM_2016
  const ageLimit = parameterOn('under_25_age', on)
  const values = { age: ageLimit, months: parameterOn('new_beneficiary_months', on) }
  const sources: SourceId[] = ['law-2002-art-11', 'law-2002-art-13', 'law-2016-07-21', 'bdas-isip', 'vvsg-gpmi']
  const result = (answer: IsipAnswer, reasons: string[]): MustHaveIsipResult => ({
    answer,
    reasons: reasons.map((r) => `isip_required.${r}`),
    values,
    sources,
  })

  let under25: boolean | undefined
  if (input.age !== undefined && Number.isFinite(input.age)) under25 = input.age < ageLimit
  else if (isValidIsoDate(input.birthDate) && input.today !== undefined && isValidIsoDate(input.today)) {
    under25 = isUnder(input.birthDate, input.today, ageLimit)
  } else under25 = input.under25
  const { newBeneficiary, exemption } = input

  if (exemption === 'working-top-up') {
    return result('not-required', ['working_top_up', 'pcsw_may_still_require', 'you_may_ask'])
  }
  const mandatory: string[] = []
  if (under25 === true) mandatory.push('under_25')
  if (newBeneficiary === true) mandatory.push('new_beneficiary')
  const exempt = exemption === 'health' ? 'exempt_health' : exemption === 'equity' ? 'exempt_equity' : undefined

  if (mandatory.length > 0) {
    return exempt === undefined
      ? result('yes', mandatory)
      : result('not-required', [...mandatory, exempt, 'optional_still_possible'])
  }
  if (exempt !== undefined) return result('not-required', [exempt, 'optional_still_possible'])
  if (under25 === false && newBeneficiary === false) {
    return result('no', ['not_mandatory', 'pcsw_may_propose', 'you_may_ask'])
  }
  const unknown: string[] = []
  if (under25 === undefined) unknown.push('unknown_age')
  if (newBeneficiary === undefined) unknown.push('unknown_new_beneficiary')
  return result('unknown', [...unknown, 'pcsw_may_propose', 'you_may_ask'])
}

/** The input of `mustHaveIsip` from a project, on a given day. */
export function isipInputFromProject(project: Project, on: IsoDate): MustHaveIsipInput {
  const input: MustHaveIsipInput = { today: on }
  if (project.birthDate !== undefined) input.birthDate = project.birthDate
  if (project.ageBand !== undefined) input.under25 = project.ageBand === 'under-25'
  if (project.newBeneficiary !== undefined) input.newBeneficiary = project.newBeneficiary
  if (project.exemption !== undefined) input.exemption = project.exemption
  return input
}

/**
 * `isip-due`: when the ISIP is mandatory, it is concluded within 3 months of the decision granting integration
 * income (the project's grant date, or else the earliest `grant` decision). Whether it is mandatory is judged on
 * the day of the grant. Not shown when it is not mandatory; shown with a note when that is unknown. Done once a
 * contract is signed. Note: some sources count from the notification (legal-facts Q3).
 *
 * Source: Law of 26 May 2002, art. 11, as amended by the law of 21 July 2016; inforjeunes.eu; bruxelles-j.be;
 * VVSG; bdas-wwsb.brussels/?p=3479 ("dans les 3 mois de la notification de l'octroi"). legal-facts D4.
 */
export function isipDue(facts: ProjectFacts, ctx: RuleContext): void {
  const { project } = facts
  let grant: { date: IsoDate; notifiedOn?: IsoDate; table: RecordTable; id: string } | undefined
  if (isValidIsoDate(project.grantedOn)) {
    grant = { date: project.grantedOn, table: 'projects', id: project.id }
    if (isValidIsoDate(project.grantNotifiedOn)) grant.notifiedOn = project.grantNotifiedOn
  } else {
    for (const d of facts.decisions ?? []) {
      if (d.kind !== 'grant' || !isValidIsoDate(d.decidedOn)) continue
      if (grant === undefined || d.decidedOn < grant.date) {
        grant = { date: d.decidedOn, table: 'decisions', id: d.id }
        if (isValidIsoDate(d.notifiedOn)) grant.notifiedOn = d.notifiedOn
      }
    }
  }
  if (grant === undefined) return

  const required = mustHaveIsip(isipInputFromProject(project, grant.date))
  if (required.answer !== 'yes' && required.answer !== 'unknown') return

  const length = parameterOn('isip_months', grant.date)
  const due = addMonthsClamped(grant.date, length)
  const notes: Message[] = []
  if (required.answer === 'unknown') notes.push({ key: 'rules.isip_due.note_if_mandatory', values: {} })
  notes.push(
    grant.notifiedOn === undefined
      ? { key: 'rules.isip_due.note_from_notification', values: {} }
      : { key: 'rules.isip_due.note_from_notification_date', values: { date: addMonthsClamped(grant.notifiedOn, length), notifiedDate: grant.notifiedOn } },
  )
  notes.push({ key: 'rules.isip_due.note_not_a_condition', values: {} })
  const signed = (facts.contracts ?? []).some(isSigned)

  ctx.emit({
    id: `isip-due:${grant.id}`,
    kind: 'isip-due',
    due,
    record: { table: grant.table, id: grant.id },
    sources: ['law-2002-art-11', 'law-2016-07-21', 'inforjeunes-piis', 'bdas-isip'],
    message: { key: 'reminders.isip_due.title', values: { date: due, grantDate: grant.date } },
    explanation: {
      key: 'rules.isip_due.why',
      values: { start: grant.date, length, date: due },
      start: { event: 'grant', date: grant.date },
      length,
      unit: 'months',
      parameters: ['isip_months', 'under_25_age', 'new_beneficiary_months'],
    },
    notes,
    done: signed,
  })
}
