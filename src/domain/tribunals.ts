/**
 * The labour tribunals and their divisions (legal-facts §12): where an appeal against a PCSW decision goes. The one
 * list, for the appeal letter (which division, in which language) and for the contacts screen (which tribunal).
 *
 * Source: refli.be; Royal Decree of 14 March 2014 as amended (the divisions); droitsquotidiens.be (the tribunal of
 * the person's domicile, or residence if none; the article number, probably Judicial Code art. 628 14°, is not
 * confirmed and so never printed). Each tribunal works in one language, and the appeal is written in it.
 *
 * Addresses: only the two §12 gives (Place Poelaert 3 for both Brussels tribunals; rue Clarisse 115 in Nivelles for
 * Brabant wallon, one seat since 1 October 2024). Every other address is typed from the person's decision letter,
 * which must print it: addresses move (Namur 2025, Mons), and none is guessed here.
 */
import type { LetterLanguage } from './letters/types'

export interface Division {
  /** `tribunal/division`, stable (kept on the project). */
  id: string
  tribunalId: string
  /** The division's name, as the tribunal writes it; absent for a tribunal without divisions. */
  name?: string
  /** The locale key of its name, `contacts.divisions.<key>`; absent for a tribunal without divisions. */
  key?: string
  /** The town's other names (French, Dutch, English, German), as people write them. */
  otherNames?: string[]
  /** The address §12 gives, if any; otherwise it is typed from the decision letter. */
  address?: string
  /** §12's remark on where the cases of this division are heard (`heard-in`), by division id. */
  heardIn?: string
  /** Only the PCSW cases of this division are heard elsewhere (Binche → La Louvière). */
  pcswCasesIn?: string
}

export interface Tribunal {
  id: string
  /** The locale key of its name in the person's language, `contacts.tribunals.<key>`. */
  key: string
  language: LetterLanguage
  /** The tribunal's name in its own language ("Tribunal du travail de Liège"). */
  name: string
  divisions: Division[]
  /** The locale key of the address §12 gives, `contacts.addresses.<key>`, if any. */
  addressKey?: string
}

type DivisionData = string | Omit<Division, 'id' | 'tribunalId' | 'key'>

/** What a tribunal may have beyond its divisions. */
interface Extras {
  /** The locale key, when it is not the id (the two Brussels tribunals). */
  key?: string
  /** A tribunal with one seat: its address, when §12 gives it, and its town's other names. */
  address?: { text: string; key: string }
  otherNames?: string[]
}

function tribunal(
  id: string,
  language: LetterLanguage,
  name: string,
  divisions: DivisionData[] = [],
  extras: Extras = {},
): Tribunal {
  const { address, otherNames } = extras
  const key = extras.key ?? id.replace(/-/g, '_')
  const list: Division[] =
    divisions.length === 0
      ? [
          {
            id: `${id}/${id}`,
            tribunalId: id,
            ...(address ? { address: address.text } : {}),
            ...(otherNames ? { otherNames } : {}),
          },
        ]
      : divisions.map((d) => {
          const division = typeof d === 'string' ? { name: d } : d
          const slug = (division.name ?? id)
            .toLowerCase()
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/[^a-z]+/g, '-')
          return { id: `${id}/${slug}`, tribunalId: id, key: slug.replace(/-/g, '_'), ...division }
        })
  return { id, key, language, name, divisions: list, ...(address ? { addressKey: address.key } : {}) }
}

const BRUSSELS = [
  'Bruxelles',
  'Brussel',
  'Brussels',
  'Bruxelles-Ville',
  'Brussel-Stad',
  'Ville de Bruxelles',
  'Stad Brussel',
]

/** The nine labour tribunals (Brussels counts two: one per language), in the order of §12. */
export const TRIBUNALS: readonly Tribunal[] = [
  tribunal('antwerpen', 'nl', 'Arbeidsrechtbank Antwerpen', [
    { name: 'Antwerpen', otherNames: ['Anvers', 'Antwerp'] },
    'Hasselt',
    { name: 'Mechelen', otherNames: ['Malines'] },
    { name: 'Tongeren', otherNames: ['Tongres'] },
    'Turnhout',
  ]),
  tribunal('gent', 'nl', 'Arbeidsrechtbank Gent', [
    { name: 'Aalst', otherNames: ['Alost'] },
    { name: 'Brugge', otherNames: ['Bruges'] },
    { name: 'Dendermonde', otherNames: ['Termonde'] },
    { name: 'Gent', otherNames: ['Gand', 'Ghent'] },
    { name: 'Ieper', otherNames: ['Ypres'] },
    { name: 'Kortrijk', otherNames: ['Courtrai'] },
    { name: 'Oudenaarde', otherNames: ['Audenarde'] },
    { name: 'Roeselare', otherNames: ['Roulers'], heardIn: 'gent/kortrijk' },
    // No French name: "Saint-Nicolas" is also a municipality near Liège.
    'Sint-Niklaas',
    { name: 'Veurne', otherNames: ['Furnes'] },
  ]),
  tribunal('leuven', 'nl', 'Arbeidsrechtbank Leuven', [], { otherNames: ['Louvain', 'Löwen'] }),
  tribunal('eupen', 'de', 'Arbeitsgericht Eupen'),
  tribunal('brussel', 'nl', 'Nederlandstalige arbeidsrechtbank Brussel', [], {
    key: 'brussels_nl',
    address: { text: 'Poelaertplein 3, 1000 Brussel', key: 'poelaert' },
    otherNames: BRUSSELS,
  }),
  tribunal('bruxelles', 'fr', 'Tribunal du travail francophone de Bruxelles', [], {
    key: 'brussels_fr',
    address: { text: 'Place Poelaert 3, 1000 Bruxelles', key: 'poelaert' },
    otherNames: BRUSSELS,
  }),
  tribunal('brabant-wallon', 'fr', 'Tribunal du travail du Brabant wallon', [], {
    address: { text: 'Rue Clarisse 115, 1400 Nivelles', key: 'clarisse' },
    otherNames: ['Nivelles', 'Nijvel'],
  }),
  tribunal('liege', 'fr', 'Tribunal du travail de Liège', [
    { name: 'Liège', otherNames: ['Luik', 'Lüttich'] },
    'Verviers',
    { name: 'Huy', otherNames: ['Hoei'] },
    { name: 'Namur', otherNames: ['Namen'] },
    'Dinant',
    { name: 'Arlon', otherNames: ['Aarlen'] },
    'Marche-en-Famenne',
    'Neufchâteau',
  ]),
  tribunal('hainaut', 'fr', 'Tribunal du travail du Hainaut', [
    'Charleroi',
    { name: 'Binche', pcswCasesIn: 'hainaut/la-louviere' },
    { name: 'Mons', otherNames: ['Bergen'] },
    'La Louvière',
    { name: 'Tournai', otherNames: ['Doornik'] },
    { name: 'Mouscron', otherNames: ['Moeskroen'], heardIn: 'hainaut/tournai' },
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

/** Every name a division answers to: its own (or its one-seat tribunal's town) and its other names. */
function namesOf(division: Division): string[] {
  return [division.name ?? division.tribunalId, ...(division.otherNames ?? [])].map(normaliseMunicipality)
}

/**
 * The divisions whose seat is the municipality of that name (Brussels: both tribunals, the person chooses the
 * language). Only seats: §12 does not say which other towns each division covers, so none is placed here.
 */
export function divisionsAt(municipality: string | undefined): Division[] {
  const name = normaliseMunicipality(municipality ?? '')
  return name ? DIVISIONS.filter((d) => namesOf(d).includes(name)) : []
}

/** The divisions to suggest for an appeal: a Binche PCSW case goes to La Louvière (§12). */
export function suggestDivisions(municipality: string | undefined): Division[] {
  return divisionsAt(municipality).map((d) => (d.pcswCasesIn ? (divisionById(d.pcswCasesIn) ?? d) : d))
}
