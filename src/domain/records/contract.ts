import * as v from 'valibot'
import { numberText, numberValue, unsaved, UNSAVED_ID, type FormMapping } from '../forms'
import type { Amendment, Contract, IsoDate, Signatures } from '../model'
import { oldestFirst } from '../order'
import { date, id, notBefore, optionalId, pastDate, text, LIMITS, type CheckContext, type FieldErrors, type RecordKind, type Rule } from '../validation'

/** The day the person signed: the contract's date, else their own signature. */
export function signedDate(contract: Pick<Contract, 'signedOn' | 'signedBy'>): IsoDate | undefined {
  return contract.signedOn ?? contract.signedBy?.me
}

const signatures = (today: IsoDate) =>
  v.object({ me: v.optional(pastDate(today)), pcsw: v.optional(pastDate(today)), partner: v.optional(pastDate(today)) })

const DATES = ['draftReceivedOn', 'signedOn', 'signedBy.me', 'signedBy.pcsw', 'signedBy.partner'] as const

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
      durationMonths: v.optional(
        v.pipe(v.number('not_a_duration'), v.integer('not_a_duration'), v.minValue(1, 'not_a_duration'), v.maxValue(120, 'not_a_duration')),
      ),
      endsOn: v.optional(date(today)),
    }),
  rules: [
    // A contract is noted from its first date on: the draft handed over, or a signature.
    {
      field: 'draftReceivedOn',
      needs: [],
      check: (c) => (c.draftReceivedOn ?? c.signedOn ?? c.signedBy.me ?? c.signedBy.pcsw ?? c.signedBy.partner) === undefined ? 'required' : undefined,
    },
    ...DATES.slice(1).map((field): Rule<Contract> => notBefore(field, 'draftReceivedOn', 'before_draft')),
    notBefore('endsOn', (c: Contract) => signedDate(c), 'before_signature'),
  ],
  order: oldestFirst((c) => c.draftReceivedOn ?? signedDate(c) ?? ''),
}

const DETAILS = ['draftReceivedOn', 'signedOn', 'durationMonths', 'endsOn'] as const
const PARTIES = ['me', 'pcsw', 'partner'] as const

/**
 * A signed contract saved again: an empty detail may be filled in (the PCSW's signature that came later, the
 * duration), a detail that has a value may not change nor be cleared. The errors name each such detail.
 */
export function mergeSigned(current: Contract, next: Contract): { merged: Contract; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const merged: Contract = { ...current, signedBy: { ...current.signedBy } }
  for (const key of DETAILS) {
    if (current[key] === undefined) {
      if (next[key] !== undefined) (merged as unknown as Record<string, unknown>)[key] = next[key]
    } else if (current[key] !== next[key]) errors[key] = 'signed'
  }
  for (const party of PARTIES) {
    if (current.signedBy[party] === undefined) {
      if (next.signedBy[party] !== undefined) merged.signedBy[party] = next.signedBy[party]
    } else if (current.signedBy[party] !== next.signedBy[party]) errors[`signedBy.${party}`] = 'signed'
  }
  return { merged, errors }
}

const FIELD_OF: Record<string, string> = { 'signedBy.me': 'signedByMe', 'signedBy.pcsw': 'signedByPcsw', 'signedBy.partner': 'signedByPartner' }

export type ContractValues = Record<'draftReceivedOn' | 'signedByMe' | 'signedByPcsw' | 'signedByPartner' | 'durationMonths' | 'endsOn', string>

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
  field: (path) => FIELD_OF[path] ?? path,
}

/** Amendments are checked against the day the contract was signed. */
export interface AmendmentContext extends CheckContext {
  signedOn: IsoDate | undefined
}

/** An amendment: agreed on a real date, not before the contract was signed, not in the future; says what changed. */
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
    }),
  rules: [notBefore('agreedOn', (_a, { signedOn }) => signedOn, 'before_signature')],
  order: oldestFirst((a) => `${a.agreedOn} ${a.recordedAt ?? ''}`),
}

/** Who agreed is kept as text too (`me,pcsw`), so the draft keeps it. */
export const amendmentForm: FormMapping<Amendment, { agreedOn: string; change: string; agreedBy: string }, AmendmentContext> = {
  kind: amendmentKind,
  blank: () => unsaved<Amendment>({ contractId: UNSAVED_ID, agreedOn: '', change: '', agreedBy: {} }),
  toForm: (a) => ({
    agreedOn: a?.agreedOn ?? '',
    change: a?.change ?? '',
    agreedBy: a ? PARTIES.filter((p) => a.agreedBy[p] !== undefined).join(',') : 'me,pcsw',
  }),
  fromForm: (values, base) => {
    const agreedBy: Signatures = {}
    for (const party of PARTIES) if (values.agreedBy.split(',').includes(party)) agreedBy[party] = values.agreedOn
    return { ...base, agreedOn: values.agreedOn, change: values.change, agreedBy }
  },
  // Each party's agreement carries the amendment's date: an error there is the date's.
  field: (path) => (path.startsWith('agreedBy.') ? 'agreedOn' : path),
}

/** Whether a contract is signed by the person: from then on every change is an amendment. */
export const isSigned = (contract: Contract | undefined): boolean => contract !== undefined && signedDate(contract) !== undefined
