/**
 * Contacts (issue 16, item 11): the labour tribunals, and a phone number as a link that calls it.
 *
 * The labour tribunals (legal-facts §12 "Which tribunal"). An appeal
 * against a PCSW decision goes to the labour tribunal of where the person lives (droitsquotidiens); the decision
 * must print its address. The nine tribunals and their divisions are from refli.be (royal decree of 14 March 2014
 * as amended). Only two addresses were read in a source: Brussels (both tribunals, Place Poelaert 3) and Brabant
 * wallon (one seat since 1 October 2024, rue Clarisse 115, Nivelles); every other one is taken from the letter,
 * never guessed here (addresses move: Namur 2025, Mons).
 *
 * A municipality is matched only when it is itself the seat of a division: which other municipalities belong to
 * which division was not found in a source, so for them the screen says where to look instead.
 */
import type { SourceId } from './sources'

export interface LabourTribunal {
  /** The locale key of its name: `contacts.tribunals.<id>`. */
  id: string
  /** Its divisions (`contacts.divisions.<id>`); a tribunal with one seat has none listed. */
  divisions: readonly string[]
  /** Its address, only where a source gives it: the locale key `contacts.addresses.<id>`. */
  address?: string
}

export const LABOUR_TRIBUNALS: readonly LabourTribunal[] = [
  { id: 'antwerpen', divisions: ['antwerpen', 'hasselt', 'mechelen', 'tongeren', 'turnhout'] },
  { id: 'gent', divisions: ['aalst', 'brugge', 'dendermonde', 'gent', 'ieper', 'kortrijk', 'oudenaarde', 'roeselare', 'sint_niklaas', 'veurne'] },
  { id: 'leuven', divisions: [] },
  { id: 'eupen', divisions: [] },
  { id: 'brussels_nl', divisions: [], address: 'poelaert' },
  { id: 'brussels_fr', divisions: [], address: 'poelaert' },
  { id: 'brabant_wallon', divisions: [], address: 'clarisse' },
  { id: 'liege', divisions: ['liege', 'verviers', 'huy', 'namur', 'dinant', 'arlon', 'marche_en_famenne', 'neufchateau'] },
  { id: 'hainaut', divisions: ['charleroi', 'binche', 'mons', 'la_louviere', 'tournai', 'mouscron'] },
]

/** Where the tribunals come from, and the rule that the person's domicile decides. */
export const TRIBUNAL_SOURCES: readonly SourceId[] = ['droitsquotidiens-appeal', 'refli-labour-tribunals']

/** Free legal help and who may represent the person (legal-facts §12 "Free legal help"). */
export const FREE_HELP_SOURCES: readonly SourceId[] = ['bdas-legal-aid', 'helderrecht-representation']

/**
 * The seats' names as people write them, in French, Dutch, English and German where they differ (Sint-Niklaas has
 * no French alias here: "Saint-Nicolas" is also a municipality near Liège).
 */
const SEATS: Record<string, { tribunal: string; division?: string; names: readonly string[] }> = {
  antwerpen: { tribunal: 'antwerpen', division: 'antwerpen', names: ['antwerpen', 'anvers', 'antwerp'] },
  hasselt: { tribunal: 'antwerpen', division: 'hasselt', names: ['hasselt'] },
  mechelen: { tribunal: 'antwerpen', division: 'mechelen', names: ['mechelen', 'malines'] },
  tongeren: { tribunal: 'antwerpen', division: 'tongeren', names: ['tongeren', 'tongres'] },
  turnhout: { tribunal: 'antwerpen', division: 'turnhout', names: ['turnhout'] },
  aalst: { tribunal: 'gent', division: 'aalst', names: ['aalst', 'alost'] },
  brugge: { tribunal: 'gent', division: 'brugge', names: ['brugge', 'bruges'] },
  dendermonde: { tribunal: 'gent', division: 'dendermonde', names: ['dendermonde', 'termonde'] },
  gent: { tribunal: 'gent', division: 'gent', names: ['gent', 'gand', 'ghent'] },
  ieper: { tribunal: 'gent', division: 'ieper', names: ['ieper', 'ypres'] },
  kortrijk: { tribunal: 'gent', division: 'kortrijk', names: ['kortrijk', 'courtrai'] },
  oudenaarde: { tribunal: 'gent', division: 'oudenaarde', names: ['oudenaarde', 'audenarde'] },
  roeselare: { tribunal: 'gent', division: 'roeselare', names: ['roeselare', 'roulers'] },
  sint_niklaas: { tribunal: 'gent', division: 'sint_niklaas', names: ['sint niklaas'] },
  veurne: { tribunal: 'gent', division: 'veurne', names: ['veurne', 'furnes'] },
  leuven: { tribunal: 'leuven', names: ['leuven', 'louvain'] },
  eupen: { tribunal: 'eupen', names: ['eupen'] },
  brussels: { tribunal: 'brussels', names: ['bruxelles', 'brussel', 'brussels', 'bruxelles ville', 'brussel stad', 'ville de bruxelles', 'stad brussel'] },
  nivelles: { tribunal: 'brabant_wallon', names: ['nivelles', 'nijvel'] },
  liege: { tribunal: 'liege', division: 'liege', names: ['liege', 'luik', 'luttich'] },
  verviers: { tribunal: 'liege', division: 'verviers', names: ['verviers'] },
  huy: { tribunal: 'liege', division: 'huy', names: ['huy', 'hoei'] },
  namur: { tribunal: 'liege', division: 'namur', names: ['namur', 'namen'] },
  dinant: { tribunal: 'liege', division: 'dinant', names: ['dinant'] },
  arlon: { tribunal: 'liege', division: 'arlon', names: ['arlon', 'aarlen'] },
  marche_en_famenne: { tribunal: 'liege', division: 'marche_en_famenne', names: ['marche en famenne'] },
  neufchateau: { tribunal: 'liege', division: 'neufchateau', names: ['neufchateau'] },
  charleroi: { tribunal: 'hainaut', division: 'charleroi', names: ['charleroi'] },
  binche: { tribunal: 'hainaut', division: 'binche', names: ['binche'] },
  mons: { tribunal: 'hainaut', division: 'mons', names: ['mons', 'bergen'] },
  la_louviere: { tribunal: 'hainaut', division: 'la_louviere', names: ['la louviere'] },
  tournai: { tribunal: 'hainaut', division: 'tournai', names: ['tournai', 'doornik'] },
  mouscron: { tribunal: 'hainaut', division: 'mouscron', names: ['mouscron', 'moeskroen'] },
}

/** Lower case, no accents, no "CPAS de" / "OCMW", hyphens and apostrophes as spaces: "CPAS de Liège" → "liege". */
export function normaliseMunicipality(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-’'.,()]/g, ' ')
    .replace(/^\s*(cpas|ocmw|pcsw)\s+(de\s+|d\s+|van\s+)?/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** What the screen can tell about the tribunal of a municipality. */
export type TribunalMatch =
  /** The municipality is the seat of a division (or of a one-seat tribunal). `heardIn`: where its PCSW cases are heard instead. */
  | { kind: 'seat'; tribunal: LabourTribunal; division?: string; heardIn?: string }
  /** Brussels: two tribunals (French- and Dutch-language), both Place Poelaert 3. */
  | { kind: 'brussels'; tribunals: readonly LabourTribunal[] }
  /** Not known from the name alone: the decision letter says. */
  | { kind: 'unknown' }

const byId = (id: string): LabourTribunal => {
  const tribunal = LABOUR_TRIBUNALS.find((t) => t.id === id)
  if (!tribunal) throw new Error(`No tribunal ${id}`)
  return tribunal
}

/** Where "heard in" differs from the division (legal-facts §12): Mouscron cases in Tournai, Binche PCSW cases in La Louvière. */
const HEARD_IN: Record<string, string> = { mouscron: 'tournai', binche: 'la_louviere' }

/** The labour tribunal of a municipality, as far as the sourced data tells it from its name. */
export function tribunalFor(municipality: string): TribunalMatch {
  const name = normaliseMunicipality(municipality)
  const seat = Object.values(SEATS).find((s) => s.names.includes(name))
  if (!seat) return { kind: 'unknown' }
  if (seat.tribunal === 'brussels') return { kind: 'brussels', tribunals: [byId('brussels_fr'), byId('brussels_nl')] }
  return { kind: 'seat', tribunal: byId(seat.tribunal), division: seat.division, heardIn: seat.division ? HEARD_IN[seat.division] : undefined }
}

/** A phone number as a `tel:` address: digits only, with a leading + kept (`+32 81 00 00 00` → `tel:+3281000000`). */
export function telHref(phone: string): string {
  const trimmed = phone.trim()
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`
}
