/**
 * Contacts (issue 16, item 11): the labour tribunals as the contacts screen names them, and a phone number as a link
 * that calls it. The tribunals, their divisions, addresses and town names are the one list of ./tribunals (legal-facts
 * §12), also used by the appeal letter. A municipality is matched only when it is itself the seat of a division:
 * which other municipalities belong to which division was not found in a source, so for them the screen says where
 * to look instead.
 */
import type { SourceId } from './sources'
import { divisionById, divisionsAt, TRIBUNALS, tribunalOf, type Tribunal } from './tribunals'

export { normaliseMunicipality } from './tribunals'

export interface LabourTribunal {
  /** The locale key of its name: `contacts.tribunals.<id>`. */
  id: string
  /** Its divisions (`contacts.divisions.<id>`); a tribunal with one seat has none listed. */
  divisions: readonly string[]
  /** Its address, only where a source gives it: the locale key `contacts.addresses.<id>`. */
  address?: string
}

/** A tribunal as the contacts screen names it, from the one list in ./tribunals. */
const asContact = (tribunal: Tribunal): LabourTribunal => ({
  id: tribunal.key,
  divisions: tribunal.divisions.flatMap((d) => (d.key ? [d.key] : [])),
  ...(tribunal.addressKey ? { address: tribunal.addressKey } : {}),
})

export const LABOUR_TRIBUNALS: readonly LabourTribunal[] = TRIBUNALS.map(asContact)

/** Where the tribunals come from, and the rule that the person's domicile decides. */
export const TRIBUNAL_SOURCES: readonly SourceId[] = ['droitsquotidiens-appeal', 'refli-labour-tribunals']

/** Free legal help and who may represent the person (legal-facts §12 "Free legal help"). */
export const FREE_HELP_SOURCES: readonly SourceId[] = ['bdas-legal-aid', 'helderrecht-representation']

/** What the screen can tell about the tribunal of a municipality. */
export type TribunalMatch =
  /** The municipality is the seat of a division (or of a one-seat tribunal). `heardIn`: where its PCSW cases are heard instead (§12). */
  | { kind: 'seat'; tribunal: LabourTribunal; division?: string; heardIn?: string }
  /** Brussels: two tribunals (French- and Dutch-language), both Place Poelaert 3. */
  | { kind: 'brussels'; tribunals: readonly LabourTribunal[] }
  /** Not known from the name alone: the decision letter says. */
  | { kind: 'unknown' }

/** The labour tribunal of a municipality, as far as the sourced data tells it from its name. */
export function tribunalFor(municipality: string): TribunalMatch {
  const seats = divisionsAt(municipality)
  // Brussels, the one town with two tribunals: the French-language one first, as the screen has always listed them.
  if (seats.length > 1)
    return { kind: 'brussels', tribunals: seats.map((d) => asContact(tribunalOf(d))).reverse() }
  const seat = seats[0]
  if (!seat) return { kind: 'unknown' }
  // Where its cases (or its PCSW cases: Binche) are heard, when not at the seat itself (§12).
  const heardIn = divisionById(seat.pcswCasesIn ?? seat.heardIn)?.key
  return { kind: 'seat', tribunal: asContact(tribunalOf(seat)), division: seat.key, heardIn }
}

/** A phone number as a `tel:` address: digits only, with a leading + kept (`+32 81 00 00 00` → `tel:+3281000000`). */
export function telHref(phone: string): string {
  const trimmed = phone.trim()
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`
}
