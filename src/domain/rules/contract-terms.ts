/**
 * A contract's terms as they stand: its duration and end, as signed or as the latest amendment that changed them.
 */
import { addDays, addMonthsClamped, isValidIsoDate } from '../dates'
import type { Amendment, Contract, IsoDate } from '../model'
import { amendmentOrder } from '../order'

export interface ContractTerms {
  durationMonths?: number
  endsOn?: IsoDate
  /** The amendment that gave these terms; absent when they are the contract's own, as signed. */
  amendment?: Amendment
}

/** Whether an amendment changes the contract's duration or end. */
export const changesTerms = (a: Pick<Amendment, 'durationMonths' | 'endsOn'>): boolean => a.durationMonths !== undefined || isValidIsoDate(a.endsOn)

/**
 * The duration and end in force: those of the latest amendment of this contract that gives either (in the order
 * amendments were agreed, then written down), else the contract's own. An amendment's pair replaces the pair before
 * as a whole: a new duration alone counts from the signature, the old end date no longer holds. Amendments are never
 * overwritten, so the terms as signed and each change stay readable.
 *
 * Source: the contract states its duration (droitsquotidiens.be: "la durée du PIIS"); it can be changed at any time
 * by mutual agreement (droitsquotidiens.be; bdas-wwsb.brussels/?p=3542). legal-facts §4.
 */
export function contractTerms(contract: Contract, amendments: readonly Amendment[] = []): ContractTerms {
  const latest = amendments
    .filter((a) => a.contractId === contract.id && changesTerms(a))
    .sort(amendmentOrder)
    .at(-1)
  const from = latest ?? contract
  const terms: ContractTerms = {}
  if (from.durationMonths !== undefined) terms.durationMonths = from.durationMonths
  if (isValidIsoDate(from.endsOn)) terms.endsOn = from.endsOn
  if (latest) terms.amendment = latest
  return terms
}

/** The contract's last day under `terms`: the end date, else the signature + the duration − 1 day; unknown otherwise. */
export function lastDayOf(signed: IsoDate, terms: ContractTerms): IsoDate | undefined {
  if (terms.endsOn !== undefined) return terms.endsOn
  if (terms.durationMonths !== undefined && terms.durationMonths > 0) return addDays(addMonthsClamped(signed, terms.durationMonths), -1)
  return undefined
}
