/**
 * Legal parameters as dated data: every length, unit, count and amount the rules use, with its reference and
 * confidence (legal-facts.md). A change of law is a NEW dated entry appended to `values`, never an edit of an
 * old one: a deadline started before the change keeps the value in force on its start date.
 *
 * `from` is the first day the app applies a value: the date of the text it rests on (its exact entry into force
 * was not checked), the entry into force of the 2016 reform (1 November 2016) for the rules it brought, or
 * `SINCE_ALWAYS` for the app's own settings. Shape after OpenFisca's `parameters/*.yaml` (style.md).
 */
import type { IsoDate } from './model'
import type { Confidence, SourceId } from './sources'

export type { Confidence } from './sources'

export type Unit =
  | 'calendar-days'
  | 'working-days'
  | 'months'
  | 'years'
  | 'count'
  | 'age-years'
  | 'euro-cents-per-month'

export interface Reference {
  /** The law article or page, in words. */
  text: string
  /** An address, only when legal-facts.md gives one. */
  url?: string
  /** The catalogue entries (sources.ts) this value rests on. */
  sources: readonly SourceId[]
}

export interface DatedValue<T> {
  from: IsoDate
  value: T
  reference: Reference
  confidence: Confidence
  /** A disagreement between sources, or what is not known. */
  note?: string
  /**
   * A value the app computed rather than read in a source: `factor` × the value in force since `base`, rounded
   * to the cent. Shown as "about", with the computation named.
   */
  estimate?: { base: IsoDate; factor: number }
}

export interface Parameter<T> {
  id: string
  description: string
  unit: Unit
  /** Oldest first. */
  values: readonly DatedValue<T>[]
}

/** For the app's own settings: in force for any date. */
export const SINCE_ALWAYS: IsoDate = '0001-01-01'
/** Entry into force of the 2016 reform (legal-facts.md §0, "Reform in force"). */
export const REFORM_2016: IsoDate = '2016-11-01'
const LAW_2002: IsoDate = '2002-05-26'
const RD_2002: IsoDate = '2002-07-11'

const APP_REFERENCE: Reference = { text: 'This app (not a legal rule)', sources: ['this-app'] }

function numeric(
  id: string,
  description: string,
  unit: Unit,
  values: readonly DatedValue<number>[],
): Parameter<number> {
  return { id, description, unit, values }
}

export const PARAMETERS = {
  decision_days: numeric('decision_days', 'The PCSW decides on a request for integration income within this many days of the request (date on the acknowledgement of receipt).', 'calendar-days', [
    {
      from: LAW_2002,
      value: 30,
      reference: { text: 'Law of 26 May 2002, art. 21 (as commonly cited); bdas-wwsb.brussels/?p=7722; Tournai CPAS page', url: 'https://bdas-wwsb.brussels/?p=7722', sources: ['law-2002-art-21', 'bdas-decision-content', 'luttepauvrete-wallonie', 'tournai-cpas'] },
      confidence: 'confirmed',
      note: 'Length confirmed by several sources; the article number was not checked against the official text.',
    },
  ]),
  notification_days: numeric('notification_days', 'The decision is notified within this many days of the decision.', 'calendar-days', [
    {
      from: LAW_2002,
      value: 8,
      reference: { text: 'mi-is.be FAQ "Binnen welke termijn moet de beslissing worden bekendgemaakt"', url: 'https://mi-is.be/nl/faq/binnen-welke-termijn-moet-de-beslissing-worden-bekendgemaakt', sources: ['mi-is-faq-notification', 'bdas-notification'] },
      confidence: 'confirmed',
      note: 'The unit is not stated; read as calendar days.',
    },
  ]),
  appeal_months: numeric('appeal_months', 'An appeal to the labour tribunal is lodged within this many months of the notification of the decision.', 'months', [
    {
      from: LAW_2002,
      value: 3,
      reference: { text: 'Law of 26 May 2002, art. 47 (as commonly cited); bdas-wwsb.brussels/?p=7444; luttepauvrete.wallonie.be', url: 'https://bdas-wwsb.brussels/?p=7444', sources: ['law-2002-art-47', 'bdas-appeal', 'luttepauvrete-wallonie'] },
      confidence: 'confirmed',
      note: 'A last day on a Saturday, Sunday or legal holiday moves to the next working day (Judicial Code arts 52–53, as applied by labour courts; legal-facts §11, Q6 answered, confidence medium-high): that is the legal last day. The app also gives a "to be safe" date, the last working day on or before the unmoved day, since no ruling on art. 47 itself was found.',
    },
  ]),
  isip_months: numeric('isip_months', 'The ISIP is concluded within this many months of the decision granting integration income (when it is mandatory).', 'months', [
    {
      from: REFORM_2016,
      value: 3,
      reference: { text: 'Law of 26 May 2002, art. 11, as amended by the law of 21 July 2016', sources: ['law-2002-art-11', 'law-2016-07-21', 'inforjeunes-piis', 'bdas-isip'] },
      confidence: 'confirmed',
      note: 'Most sources count from the decision; bdas counts from its notification (legal-facts Q3).',
    },
  ]),
  cooling_off_days: numeric('cooling_off_days', 'Before signing the ISIP, the person may take this many days to think it over, from receiving the draft.', 'calendar-days', [
    {
      from: RD_2002,
      value: 5,
      reference: { text: 'Royal Decree of 11 July 2002, arts 10–21, and the circular of 27 March 2018, as cited by droitsquotidiens.be ("un délai de 5 jours calendrier avant la signature"); bdas-wwsb.brussels/?p=3542', url: 'https://bdas-wwsb.brussels/?p=3542', sources: ['rd-2002-arts-10-21', 'bdas-isip-procedure', 'droitsquotidiens-piis', 'bruxelles-j-piis', 'seed-guide'] },
      confidence: 'confirmed-secondary',
      note: '5 calendar days (legal-facts §11, Q1: droitsquotidiens citing the royal decree and the circular; bdas); bruxelles-j alone says working days, shown as the later date. The start event is still not stated in any source.',
    },
  ]),
  meeting_working_days: numeric('meeting_working_days', 'The PCSW grants a meeting the person asks for within this many working days.', 'working-days', [
    {
      from: RD_2002,
      value: 5,
      reference: { text: 'PPS SI model GPMI contract: "binnen de vijf werkdagen een onderhoud toestaan"; droitsquotidiens.be', url: 'https://primabook.mi-is.be/nl/geindividualiseerd-project-voor-maatschappelijke-integratie-gpmi/het-geindividualiseerd-project-0', sources: ['pps-si-model-contract', 'droitsquotidiens-piis', 'seed-guide'] },
      confidence: 'confirmed',
      note: 'Working days read as Monday to Friday minus the 10 legal holidays (legal-facts §7, Q12): the later, more generous date for the PCSW, shown as "at the latest".',
    },
  ]),
  evaluations_per_year: numeric('evaluations_per_year', 'The ISIP is evaluated at least this many times a year.', 'count', [
    {
      from: REFORM_2016,
      value: 3,
      reference: { text: 'Royal Decree of 3 October 2016 amending the Royal Decree of 11 July 2002; PPS SI model contract; VVSG', sources: ['rd-2016-10-03', 'pps-si-model-contract', 'vvsg-gpmi', 'inforjeunes-piis'] },
      confidence: 'confirmed',
      note: 'Calendar year or 12 months from signature: not stated (legal-facts Q2). The app counts 12 months from the signature.',
    },
  ]),
  evaluations_in_person_per_year: numeric('evaluations_in_person_per_year', 'Of the yearly evaluations, at least this many are held in person.', 'count', [
    {
      from: REFORM_2016,
      value: 2,
      reference: { text: 'Royal Decree of 3 October 2016; PPS SI model contract: "minstens twee keer per jaar"', sources: ['rd-2016-10-03', 'pps-si-model-contract', 'vvsg-gpmi'] },
      confidence: 'confirmed',
    },
  ]),
  evaluation_spacing_months: numeric('evaluation_spacing_months', 'The next evaluation is expected this many months after the last one (or the signature), within the contract year.', 'months', [
    {
      from: SINCE_ALWAYS,
      value: 4,
      reference: { text: 'This app: 12 months shared by 3 evaluations (design.md §3); not a legal rule', sources: ['this-app', 'rd-2016-10-03'] },
      confidence: 'uncertain',
      note: 'No source sets a spacing; the law only counts evaluations per year.',
    },
  ]),
  sanction_max_months: numeric('sanction_max_months', 'After a formal notice, payment can be suspended for at most this many months.', 'months', [
    {
      from: LAW_2002,
      value: 1,
      reference: { text: 'Law of 26 May 2002, art. 30 §2; mi-is.be FAQ on sanctions', url: 'https://mi-is.be/fr/faq/dans-quels-cas-le-cpas-peut-il-infliger-une-sanction-un-ayant-droit-au-revenu-dintegration', sources: ['law-2002-art-30-2', 'mi-is-faq-sanction'] },
      confidence: 'confirmed',
    },
  ]),
  repeat_window_years: numeric('repeat_window_years', 'A second failure within this many years of a sanction counts as a repeat.', 'years', [
    {
      from: LAW_2002,
      value: 1,
      reference: { text: 'Law of 26 May 2002, art. 30 §2: "en cas de récidive dans un délai d’un an"', url: 'https://mi-is.be/fr/faq/dans-quels-cas-le-cpas-peut-il-infliger-une-sanction-un-ayant-droit-au-revenu-dintegration', sources: ['law-2002-art-30-2', 'mi-is-faq-sanction'] },
      confidence: 'confirmed',
      note: 'The reference point of the year is not specified (legal-facts D9): the app counts from the sanction decision.',
    },
  ]),
  repeat_sanction_max_months: numeric('repeat_sanction_max_months', 'On a repeat within the window, payment can be suspended for up to this many months.', 'months', [
    {
      from: LAW_2002,
      value: 3,
      reference: { text: 'Law of 26 May 2002, art. 30 §2; mi-is.be FAQ on sanctions', url: 'https://mi-is.be/fr/faq/dans-quels-cas-le-cpas-peut-il-infliger-une-sanction-un-ayant-droit-au-revenu-dintegration', sources: ['law-2002-art-30-2', 'mi-is-faq-sanction'] },
      confidence: 'confirmed',
    },
  ]),
  trip_notice_min_days: numeric('trip_notice_min_days', 'A stay abroad of this many days or more is announced to the PCSW before leaving.', 'calendar-days', [
    {
      from: '2016-01-09',
      value: 7,
      reference: { text: 'Law of 26 May 2002, art. 23 §5 (since 9 January 2016), primabook.mi-is.be', sources: ['law-2002-art-23-5'] },
      confidence: 'confirmed',
      note: '"a week or more". The app counts the days away including the day of departure and the day of return, so it asks for notice rather than not.',
    },
  ]),
  long_stay_abroad_days: numeric('long_stay_abroad_days', 'A stay abroad of more than this many days may suspend payment.', 'calendar-days', [
    {
      from: LAW_2002,
      value: 28,
      reference: { text: 'infosdf.be: "séjour de plus de 28 jours à l’étranger"', sources: ['infosdf-abroad'] },
      confidence: 'confirmed-secondary',
    },
  ]),
  new_beneficiary_months: numeric('new_beneficiary_months', 'A "new beneficiary" had no right to social integration in this many months before the grant.', 'months', [
    {
      from: REFORM_2016,
      value: 3,
      reference: { text: 'Law of 21 July 2016 (art. 12, transitional text quoted by primabook); bdas-wwsb.brussels/?p=3479', url: 'https://bdas-wwsb.brussels/?p=3479', sources: ['law-2016-07-21', 'bdas-isip'] },
      confidence: 'confirmed',
    },
  ]),
  under_25_age: numeric('under_25_age', 'Below this age, the ISIP is mandatory.', 'age-years', [
    {
      from: LAW_2002,
      value: 25,
      reference: { text: 'Law of 26 May 2002, art. 11; adasasbl.be (mandatory for under-25s since 1993)', sources: ['law-2002-art-11', 'bdas-isip'] },
      confidence: 'confirmed-secondary',
    },
  ]),
  step_heads_up_days: numeric('step_heads_up_days', 'A step of the plan is announced this many days before its date.', 'calendar-days', [
    { from: SINCE_ALWAYS, value: 3, reference: APP_REFERENCE, confidence: 'confirmed' },
  ]),
  soon_days: numeric('soon_days', 'A reminder counts as "soon" from this many days before its date.', 'calendar-days', [
    { from: SINCE_ALWAYS, value: 7, reference: APP_REFERENCE, confidence: 'confirmed' },
  ]),
  backup_interval_days: numeric('backup_interval_days', 'A copy of the data is advised this many days after the last export.', 'calendar-days', [
    { from: SINCE_ALWAYS, value: 60, reference: APP_REFERENCE, confidence: 'confirmed' },
  ]),
  first_backup_days: numeric('first_backup_days', 'With no export yet, a first copy is advised this many days after the project was created.', 'calendar-days', [
    { from: SINCE_ALWAYS, value: 7, reference: APP_REFERENCE, confidence: 'confirmed' },
  ]),
} as const satisfies Record<string, Parameter<number>>

export type ParameterId = keyof typeof PARAMETERS

/** The entry in force on `date` among values sorted oldest first; before the first entry, the first entry. */
function entryOn<T>(values: readonly DatedValue<T>[], date: IsoDate): DatedValue<T> | undefined {
  let found: DatedValue<T> | undefined
  for (const v of values) {
    if (v.from <= date) found = v
    else break
  }
  return found
}

/**
 * The dated entry of a parameter in force on `date` (with its reference and confidence). For a date before the
 * first entry, the first entry: the rules never stop for a date typed too early.
 */
export function parameterEntryOn(id: ParameterId, date: IsoDate): DatedValue<number> {
  const values = PARAMETERS[id].values as readonly DatedValue<number>[]
  const entry = entryOn(values, date) ?? values[0]
  if (!entry) throw new Error(`Parameter ${id} has no value`)
  return entry
}

/** The value of a parameter in force on `date`. */
export function parameterOn(id: ParameterId, date: IsoDate): number {
  return parameterEntryOn(id, date).value
}

/** Monthly maximum amounts of integration income, in euro cents, by category (legal-facts.md §6). */
export interface IncomeAmounts {
  /** Category 1: cohabiting person. */
  cohabiting: number
  /** Category 2: single person. */
  single: number
  /** Category 3: person with a dependent family (at least one unmarried minor child). */
  family: number
}

export const INTEGRATION_INCOME: Parameter<IncomeAmounts> = {
  id: 'integration_income',
  description: 'Monthly maximum integration income by category. Amounts are indexed: always shown with "since <date>; check with your PCSW".',
  unit: 'euro-cents-per-month',
  values: [
    {
      from: '2023-11-01',
      value: { cohabiting: 84212, single: 126317, family: 170711 },
      reference: { text: 'Tournai CPAS page (project source document)', sources: ['tournai-cpas'] },
      confidence: 'seed-only',
      note: 'No independent source found for these amounts.',
    },
    {
      from: '2024-05-01',
      value: { cohabiting: 85897, single: 128846, family: 174129 },
      reference: { text: 'centenvoorstudenten.be (index 1 mei 2024); cpaslens.be (montants au 01/05/2024)', url: 'https://centenvoorstudenten.be/info/leefloon/bedrag-leefloon', sources: ['centenvoorstudenten-amounts', 'cpaslens-amounts'] },
      confidence: 'confirmed-secondary',
      note: 'Single person: 1 288.46 (centenvoorstudenten) vs 1 288.96 (cpaslens). 1 288.46 is kept: it matches the +2 % step from 1 263.17; 1 288.96 is probably a typo (legal-facts Q11). Categories 1 and 3 agree in both sources.',
    },
    {
      from: '2025-02-01',
      value: { cohabiting: 87613, single: 131420, family: 177607 },
      reference: { text: 'bdas-wwsb.brussels/?p=3288 ("Montants mensuels valables à partir du 01.02.2025"); cpassivryrance.be', url: 'https://bdas-wwsb.brussels/?p=3288', sources: ['bdas-amounts', 'cpassivryrance-amounts'] },
      confidence: 'confirmed',
      note: 'No change until the end of February 2026: the pivot index was next crossed in December 2025 (legal-facts §11).',
    },
    {
      from: '2026-03-01',
      value: { cohabiting: 89365, single: 134048, family: 181159 },
      reference: {
        text: 'Indexation of 1 March 2026: pivot index crossed in December 2025, benefits rise in the third month after the crossing since the programme law of 18 July 2025 (acerta.be; incidence-asbl.org; trends.levif.be; bx1.be). Amounts computed by the app: 1.02 × the amounts of 1 February 2025, rounded to the cent',
        sources: ['indexation-2026-03', 'bdas-amounts', 'cpassivryrance-amounts'],
      },
      confidence: 'uncertain',
      estimate: { base: '2025-02-01', factor: 1.02 },
      note: 'The +2 % is confirmed (secondary); the published amounts were not found, so these are arithmetic, not a source, and not checked against a published table. legal-facts §11 gives 893.66 / 1 340.49 / 1 811.59; 1.02 × 876.13 / 1 314.20 / 1 776.07 rounded to the cent gives 893.65 / 1 340.48 / 1 811.59 (a cent apart, probably rounding from unrounded base amounts). The screen shows whole euros with "about", so both readings show the same.',
    },
  ],
}

/**
 * The last day the app's amounts are known to be current: the research of legal-facts §11 found the indexation of
 * 1 March 2026 and nothing after it (a forecast, low confidence, expected the next rise in the autumn of 2026).
 * After this day the screen says it cannot know whether the amounts have gone up again.
 */
export const AMOUNTS_KNOWN_UNTIL: IsoDate = '2026-03-01'

export interface AmountsOn extends IncomeAmounts {
  /** The date these amounts apply since. */
  from: IsoDate
  confidence: Confidence
  reference: Reference
  note?: string
  /** Computed by the app, not read in a source (see `DatedValue.estimate`): shown as "about". */
  estimate?: { base: IsoDate; factor: number }
  /**
   * Set when `date` is after `AMOUNTS_KNOWN_UNTIL`: the day after which the app cannot know whether a later
   * indexation happened. The screen then says so rather than showing these amounts as current.
   */
  knownUntil?: IsoDate
}

/** The amounts in force on `date`, with the date they apply since; `undefined` before the first known amounts. */
export function amountsOn(date: IsoDate): AmountsOn | undefined {
  const entry = entryOn(INTEGRATION_INCOME.values, date)
  if (!entry) return undefined
  const result: AmountsOn = { ...entry.value, from: entry.from, confidence: entry.confidence, reference: entry.reference }
  if (entry.note !== undefined) result.note = entry.note
  if (entry.estimate !== undefined) result.estimate = entry.estimate
  if (date > AMOUNTS_KNOWN_UNTIL) result.knownUntil = AMOUNTS_KNOWN_UNTIL
  return result
}
