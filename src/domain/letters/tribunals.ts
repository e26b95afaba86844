/**
 * The labour tribunals and their divisions (legal-facts §12): where an appeal against a PCSW decision goes.
 *
 * Source: refli.be; Royal Decree of 14 March 2014 as amended (the divisions); droitsquotidiens.be (the tribunal of
 * the person's domicile, or residence if none; the article number, probably Judicial Code art. 628 14°, is not
 * confirmed and so never printed). Each tribunal works in one language, and the appeal is written in it.
 *
 * Addresses: only the two §12 gives (Place Poelaert 3 for both Brussels tribunals; rue Clarisse 115 in Nivelles for
 * Brabant wallon, one seat since 1 October 2024). Every other address is typed from the person's decision letter,
 * which must print it: addresses move (Namur 2025, Mons), and none is guessed here.
 */
import type { LetterLanguage } from './types'

export interface Division {
  /** `tribunal/division`, stable (kept on the project). */
  id: string
  tribunalId: string
  /** The division's name, as the tribunal writes it; absent for a tribunal without divisions. */
  name?: string
  /** The address §12 gives, if any; otherwise it is typed from the decision letter. */
  address?: string
  /** §12's remark on where the cases of this division are heard (`heard-in`), by division id. */
  heardIn?: string
  /** Only the PCSW cases of this division are heard elsewhere (Binche → La Louvière). */
  pcswCasesIn?: string
}

export interface Tribunal {
  id: string
  language: LetterLanguage
  /** The tribunal's name in its own language ("Tribunal du travail de Liège"). */
  name: string
  divisions: Division[]
}

const SOURCE_NOTE = 'refli.be; Royal Decree of 14 March 2014 as amended (legal-facts §12)'
export const TRIBUNALS_SOURCE = SOURCE_NOTE

function tribunal(id: string, language: LetterLanguage, name: string, divisions: (string | Omit<Division, 'id' | 'tribunalId'>)[] = [], address?: string): Tribunal {
  const list: Division[] = divisions.length === 0 ? [{ id: `${id}/${id}`, tribunalId: id, ...(address ? { address } : {}) }] : divisions.map((d) => {
    const division = typeof d === 'string' ? { name: d } : d
    const slug = (division.name ?? id).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '-')
    return { id: `${id}/${slug}`, tribunalId: id, ...division }
  })
  return { id, language, name, divisions: list }
}

/** The nine labour tribunals (Brussels counts two: one per language), in the order of §12. */
export const TRIBUNALS: readonly Tribunal[] = [
  tribunal('antwerpen', 'nl', 'Arbeidsrechtbank Antwerpen', ['Antwerpen', 'Hasselt', 'Mechelen', 'Tongeren', 'Turnhout']),
  tribunal('gent', 'nl', 'Arbeidsrechtbank Gent', [
    'Aalst',
    'Brugge',
    'Dendermonde',
    'Gent',
    'Ieper',
    'Kortrijk',
    'Oudenaarde',
    { name: 'Roeselare', heardIn: 'gent/kortrijk' },
    'Sint-Niklaas',
    'Veurne',
  ]),
  tribunal('leuven', 'nl', 'Arbeidsrechtbank Leuven'),
  tribunal('eupen', 'de', 'Arbeitsgericht Eupen'),
  tribunal('brussel', 'nl', 'Nederlandstalige arbeidsrechtbank Brussel', [], 'Poelaertplein 3, 1000 Brussel'),
  tribunal('bruxelles', 'fr', 'Tribunal du travail francophone de Bruxelles', [], 'Place Poelaert 3, 1000 Bruxelles'),
  tribunal('brabant-wallon', 'fr', 'Tribunal du travail du Brabant wallon', [], 'Rue Clarisse 115, 1400 Nivelles'),
  tribunal('liege', 'fr', 'Tribunal du travail de Liège', ['Liège', 'Verviers', 'Huy', 'Namur', 'Dinant', 'Arlon', 'Marche-en-Famenne', 'Neufchâteau']),
  tribunal('hainaut', 'fr', 'Tribunal du travail du Hainaut', [
    'Charleroi',
    { name: 'Binche', pcswCasesIn: 'hainaut/la-louviere' },
    'Mons',
    'La Louvière',
    'Tournai',
    { name: 'Mouscron', heardIn: 'hainaut/tournai' },
  ]),
]

export const DIVISIONS: readonly Division[] = TRIBUNALS.flatMap((t) => t.divisions)

export function divisionById(id: string | undefined): Division | undefined {
  return DIVISIONS.find((d) => d.id === id)
}

export function tribunalOf(division: Division): Tribunal {
  const found = TRIBUNALS.find((t) => t.id === division.tribunalId)
  if (!found) throw new Error(`No tribunal ${division.tribunalId}`)
  return found
}

/** Lower case, no accents, hyphens and spaces alike: "Marche-en-Famenne" = "marche en famenne". */
function normalise(name: string): string {
  return name.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s'’-]+/g, ' ')
}

/**
 * The other official name of a municipality that gives its name to a division (the French or Dutch form of the
 * same town), so "Louvain" finds Leuven and "Luik" finds Liège. Only towns that are division names: no other
 * municipality is placed in a division here, since §12 does not say which towns each division covers.
 * ("Saint-Nicolas" is left out: it is also a municipality near Liège.)
 */
const OTHER_NAMES: Record<string, string> = {
  anvers: 'Antwerpen',
  malines: 'Mechelen',
  tongres: 'Tongeren',
  gand: 'Gent',
  alost: 'Aalst',
  bruges: 'Brugge',
  termonde: 'Dendermonde',
  ypres: 'Ieper',
  courtrai: 'Kortrijk',
  audenarde: 'Oudenaarde',
  roulers: 'Roeselare',
  furnes: 'Veurne',
  louvain: 'Leuven',
  luik: 'Liège',
  namen: 'Namur',
  hoei: 'Huy',
  aarlen: 'Arlon',
  bergen: 'Mons',
  doornik: 'Tournai',
  moeskroen: 'Mouscron',
  nijvel: 'Nivelles',
}

/** The division a municipality of the same name belongs to; both Brussels tribunals for Brussels (the person chooses the language). */
export function suggestDivisions(municipality: string | undefined): Division[] {
  if (!municipality) return []
  const key = normalise(municipality)
  const name = normalise(OTHER_NAMES[key] ?? municipality)
  if (['bruxelles', 'brussel', 'brussels', 'ville de bruxelles', 'stad brussel'].includes(name)) {
    return DIVISIONS.filter((d) => d.tribunalId === 'bruxelles' || d.tribunalId === 'brussel')
  }
  if (name === 'nivelles') return DIVISIONS.filter((d) => d.tribunalId === 'brabant-wallon')
  const byName = DIVISIONS.find((d) => normalise(d.name ?? d.tribunalId) === name)
  if (!byName) return []
  // A PCSW case of Binche is heard in La Louvière (§12).
  const moved = byName.pcswCasesIn ? divisionById(byName.pcswCasesIn) : undefined
  return [moved ?? byName]
}
