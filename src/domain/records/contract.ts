import * as v from 'valibot'
import { numberText, numberValue, unsaved, UNSAVED_ID, type FormMapping } from '../forms'
import type {
  Amendment,
  Contract,
  ContractCorrection,
  ContractDateDetail,
  ContractDetail,
  IsoDate,
  Signatures,
} from '../model'
import { amendmentOrder, oldestFirst } from '../order'
import {
  checkRecord,
  date,
  id,
  LIMITS,
  notBefore,
  optionalId,
  pastDate,
  prepare,
  text,
  type CheckContext,
  type FieldErrors,
  type RecordKind,
  type Rule,
} from '../validation'

/** The day the person signed: the contract's date, else their own signature. */
export function signedDate(contract: Pick<Contract, 'signedOn' | 'signedBy'>): IsoDate | undefined {
  return contract.signedOn ?? contract.signedBy?.me
}

const signatures = (today: IsoDate) =>
  v.object({
    me: v.optional(pastDate(today)),
    pcsw: v.optional(pastDate(today)),
    partner: v.optional(pastDate(today)),
  })

/** A contract's duration: whole months, 1 to 120. */
const duration = v.optional(
  v.pipe(
    v.number('not_a_duration'),
    v.integer('not_a_duration'),
    v.minValue(1, 'not_a_duration'),
    v.maxValue(120, 'not_a_duration'),
  ),
)

const DATES = ['draftReceivedOn', 'signedOn', 'signedBy.me', 'signedBy.pcsw', 'signedBy.partner'] as const

/** Every detail of a contract, by its path; and those that are dates (an explained correction changes one of these). */
export const CONTRACT_DETAILS = [
  'draftReceivedOn',
  'signedOn',
  'signedBy.me',
  'signedBy.pcsw',
  'signedBy.partner',
  'durationMonths',
  'endsOn',
] as const satisfies readonly ContractDetail[]
export const CONTRACT_DATE_DETAILS = [
  'draftReceivedOn',
  'signedOn',
  'signedBy.me',
  'signedBy.pcsw',
  'signedBy.partner',
  'endsOn',
] as const satisfies readonly ContractDateDetail[]

/** A contract's detail by its path (`signedBy.me`). */
export function detailOf(contract: Contract, detail: ContractDetail): string | number | undefined {
  if (detail.startsWith('signedBy.')) return contract.signedBy?.[detail.slice(9) as keyof Signatures]
  return contract[detail as Exclude<ContractDetail, `signedBy.${string}`>]
}

/** The contract with one detail set (or cleared with `undefined`). */
export function withDetail(
  contract: Contract,
  detail: ContractDetail,
  value: string | number | undefined,
): Contract {
  if (detail.startsWith('signedBy.'))
    return { ...contract, signedBy: { ...contract.signedBy, [detail.slice(9)]: value } }
  return { ...contract, [detail]: value }
}

/** The day each detail was written: today for every detail that `next` sets or changes; none for one it clears. */
export function stampDetails(
  current: Contract | undefined,
  next: Contract,
  today: IsoDate,
): Contract['recordedOn'] {
  const stamps: Partial<Record<ContractDetail, IsoDate>> = { ...current?.recordedOn }
  for (const detail of CONTRACT_DETAILS) {
    const value = detailOf(next, detail)
    if (value === undefined) delete stamps[detail]
    else if (current === undefined || detailOf(current, detail) !== value) stamps[detail] = today
  }
  return Object.keys(stamps).length > 0 ? stamps : undefined
}

const correction = (today: IsoDate) =>
  v.object({
    field: v.picklist(CONTRACT_DATE_DETAILS, 'invalid'),
    from: v.optional(date(today)),
    to: v.optional(date(today)),
    reason: text(),
    on: date(today),
    recordedAt: v.string('invalid'),
  }) satisfies v.GenericSchema<unknown, ContractCorrection>

/**
 * A contract: at least one date (the draft or a signature); the signatures each not before the draft was handed
 * over, none in the future; a duration of 1 to 120 whole months; an end not before the signature.
 */
export const contractKind: RecordKind<Contract> = {
  schema: ({ today }) =>
    v.object({
      id,
      projectId: id,
      draftReceivedOn: v.optional(pastDate(today)),
      signedOn: v.optional(pastDate(today)),
      signedBy: signatures(today),
      durationMonths: duration,
      endsOn: v.optional(date(today)),
      recordedOn: v.optional(
        v.object(Object.fromEntries(CONTRACT_DETAILS.map((d) => [d, v.optional(date(today))]))),
      ),
      corrections: v.optional(v.array(correction(today), 'invalid')),
    }) as v.GenericSchema<unknown, Contract>,
  rules: [
    // A contract is noted from its first date on: the draft handed over, or a signature.
    {
      field: 'draftReceivedOn',
      needs: [],
      check: (c) =>
        (c.draftReceivedOn ?? c.signedOn ?? c.signedBy.me ?? c.signedBy.pcsw ?? c.signedBy.partner) ===
        undefined
          ? 'required'
          : undefined,
    },
    ...DATES.slice(1).map((field): Rule<Contract> => notBefore(field, 'draftReceivedOn', 'before_draft')),
    notBefore('endsOn', (c: Contract) => signedDate(c), 'before_signature'),
  ],
  order: oldestFirst((c) => c.draftReceivedOn ?? signedDate(c) ?? ''),
}

const DETAILS = ['draftReceivedOn', 'signedOn', 'durationMonths', 'endsOn'] as const
const PARTIES = ['me', 'pcsw', 'partner'] as const

/** A detail written today may still be corrected today, signed or not: a typo noticed at once needs no explanation. */
export const writtenToday = (
  contract: Contract | undefined,
  detail: ContractDetail,
  today: IsoDate,
): boolean => contract?.recordedOn?.[detail] === today && detailOf(contract, detail) !== undefined

/**
 * A signed contract saved again: an empty detail may be filled in (the PCSW's signature that came later, the
 * duration); a detail written today may be corrected or cleared today (a typo); any other detail that has a value
 * may not change nor be cleared (an explained correction or an amendment does that). The errors name each such detail.
 */
export function mergeSigned(
  current: Contract,
  next: Contract,
  today: IsoDate,
): { merged: Contract; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const merged: Contract = { ...current, signedBy: { ...current.signedBy } }
  for (const key of DETAILS) {
    if (current[key] === undefined || writtenToday(current, key, today)) {
      if (next[key] !== current[key]) (merged as unknown as Record<string, unknown>)[key] = next[key]
    } else if (current[key] !== next[key]) errors[key] = 'signed'
  }
  for (const party of PARTIES) {
    if (current.signedBy[party] === undefined || writtenToday(current, `signedBy.${party}`, today)) {
      if (next.signedBy[party] !== current.signedBy[party]) merged.signedBy[party] = next.signedBy[party]
    } else if (current.signedBy[party] !== next.signedBy[party]) errors[`signedBy.${party}`] = 'signed'
  }
  return { merged, errors }
}

/** An explained correction as its form describes it: which date, the date it should be, and why. */
export interface CorrectionInput {
  id: string
  projectId: string
  field: ContractDateDetail | ''
  to: IsoDate
  reason: string
}

/** Corrections are checked against the contract they change, as it would be once corrected. */
export interface CorrectionContext extends CheckContext {
  contract: Contract | undefined
}

/** The contract with the correction applied and kept in its history. */
export function applyCorrection(
  contract: Contract,
  input: Pick<CorrectionInput, 'field' | 'to' | 'reason'>,
  today: IsoDate,
  recordedAt: string,
): Contract {
  if (input.field === '') return contract
  const entry: ContractCorrection = { field: input.field, reason: input.reason, on: today, recordedAt }
  const from = detailOf(contract, input.field)
  if (typeof from === 'string') entry.from = from
  if (input.to !== '') entry.to = input.to
  return {
    ...withDetail(contract, input.field, input.to === '' ? undefined : input.to),
    corrections: [...(contract.corrections ?? []), entry],
  }
}

/**
 * An explained correction of a signed contract's date: which date (one that has a value), the right date (not the
 * same), why; the contract once corrected must pass its own checks (a signature not before the draft, none in the
 * future), and its errors are the new date's.
 */
export const correctionKind: RecordKind<CorrectionInput, CorrectionContext> = {
  schema: ({ today }) =>
    v.object({
      id,
      projectId: id,
      field: v.picklist(CONTRACT_DATE_DETAILS, 'choice_required'),
      to: date(today),
      reason: text(),
    }) as unknown as v.GenericSchema<unknown, CorrectionInput>,
  rules: [
    {
      field: 'to',
      needs: ['field', 'to'],
      check: (input, { contract, today }) => {
        if (!contract || input.field === '') return undefined
        if (detailOf(contract, input.field) === input.to) return 'unchanged'
        const errors = checkRecord(
          contractKind,
          prepare(contractKind, applyCorrection(contract, { ...input, reason: 'x' }, today, '')),
          { today },
        )
        return Object.values(errors).find((code) => code !== undefined)
      },
    },
  ],
}

export const correctionForm: FormMapping<
  CorrectionInput,
  { field: string; to: string; reason: string },
  CorrectionContext
> = {
  kind: correctionKind,
  blank: () => ({ id: UNSAVED_ID, projectId: UNSAVED_ID, field: '', to: '', reason: '' }),
  toForm: (c) => ({ field: c?.field ?? '', to: c?.to ?? '', reason: c?.reason ?? '' }),
  fromForm: (values, base) => ({
    ...base,
    field: values.field as CorrectionInput['field'],
    to: values.to,
    reason: values.reason,
  }),
}

export type ContractValues = Record<
  'draftReceivedOn' | 'signedByMe' | 'signedByPcsw' | 'signedByPartner' | 'durationMonths' | 'endsOn',
  string
>

/** The contract's detail each field of its form writes (a form field's name cannot hold a dot). */
export const DETAIL_OF_FIELD: Record<keyof ContractValues, ContractDetail> = {
  draftReceivedOn: 'draftReceivedOn',
  signedByMe: 'signedBy.me',
  signedByPcsw: 'signedBy.pcsw',
  signedByPartner: 'signedBy.partner',
  durationMonths: 'durationMonths',
  endsOn: 'endsOn',
}
/** The other way round: the form field that shows a detail's error. */
const FIELD_OF_DETAIL: Record<string, string> = Object.fromEntries(Object.entries(DETAIL_OF_FIELD).map(([field, detail]) => [detail, field]))

/** The contract's dates as typed: the draft, each party's signature, the duration, the end. */
export const contractForm: FormMapping<Contract, ContractValues> = {
  kind: contractKind,
  blank: () => unsaved<Contract>({ signedBy: {} }),
  toForm: (c) => ({
    draftReceivedOn: c?.draftReceivedOn ?? '',
    signedByMe: c?.signedBy.me ?? '',
    signedByPcsw: c?.signedBy.pcsw ?? '',
    signedByPartner: c?.signedBy.partner ?? '',
    durationMonths: numberText(c?.durationMonths),
    endsOn: c?.endsOn ?? '',
  }),
  fromForm: (values, base) => ({
    ...base,
    draftReceivedOn: values.draftReceivedOn,
    signedBy: { me: values.signedByMe, pcsw: values.signedByPcsw, partner: values.signedByPartner },
    durationMonths: numberValue(values.durationMonths),
    endsOn: values.endsOn,
  }),
  field: (path) => FIELD_OF_DETAIL[path] ?? path,
}

/** Amendments are checked against the day the contract was signed. */
export interface AmendmentContext extends CheckContext {
  signedOn: IsoDate | undefined
}

/**
 * An amendment: agreed on a real date, not before the contract was signed, not in the future; says what changed;
 * may give the contract a new duration (1 to 120 whole months) or a new end, not before the signature.
 */
export const amendmentKind: RecordKind<Amendment, AmendmentContext> = {
  schema: ({ today }) =>
    v.object({
      id,
      projectId: id,
      contractId: id,
      agreedOn: pastDate(today),
      change: text('required', LIMITS.note),
      agreedBy: signatures(today),
      recordedAt: optionalId,
      durationMonths: duration,
      endsOn: v.optional(date(today)),
    }),
  rules: [
    notBefore('agreedOn', (_a, { signedOn }) => signedOn, 'before_signature'),
    notBefore('endsOn', (_a, { signedOn }) => signedOn, 'before_signature'),
  ],
  order: amendmentOrder,
}

export type AmendmentValues = Record<'agreedOn' | 'change' | 'agreedBy' | 'durationMonths' | 'endsOn', string>

/** Who agreed is kept as text too (`me,pcsw`), so the draft keeps it. A new duration or end is optional. */
export const amendmentForm: FormMapping<Amendment, AmendmentValues, AmendmentContext> = {
  kind: amendmentKind,
  blank: () => unsaved<Amendment>({ contractId: UNSAVED_ID, agreedOn: '', change: '', agreedBy: {} }),
  toForm: (a) => ({
    agreedOn: a?.agreedOn ?? '',
    change: a?.change ?? '',
    agreedBy: a ? PARTIES.filter((p) => a.agreedBy[p] !== undefined).join(',') : 'me,pcsw',
    durationMonths: numberText(a?.durationMonths),
    endsOn: a?.endsOn ?? '',
  }),
  fromForm: (values, base) => {
    const agreedBy: Signatures = {}
    for (const party of PARTIES)
      if (values.agreedBy.split(',').includes(party)) agreedBy[party] = values.agreedOn
    return {
      ...base,
      agreedOn: values.agreedOn,
      change: values.change,
      agreedBy,
      durationMonths: numberValue(values.durationMonths),
      endsOn: values.endsOn,
    }
  },
  // Each party's agreement carries the amendment's date: an error there is the date's.
  field: (path) => (path.startsWith('agreedBy.') ? 'agreedOn' : path),
}

/** Whether a contract is signed by the person: from then on every change is an amendment. */
export const isSigned = (contract: Contract | undefined): boolean =>
  contract !== undefined && signedDate(contract) !== undefined
