import { describe, expect, it } from 'vitest'
import { LABOUR_TRIBUNALS, normaliseMunicipality, telHref, tribunalFor } from '@/domain/contacts'

describe('the labour tribunal of a municipality', () => {
  it.each([
    { name: 'a division seat, written as the PCSW is', municipality: 'CPAS de Namur', tribunal: 'liege', division: 'namur' },
    { name: 'a seat in Dutch', municipality: 'Namen', tribunal: 'liege', division: 'namur' },
    { name: 'an accent left out', municipality: 'Liege', tribunal: 'liege', division: 'liege' },
    { name: 'a Flemish seat in French', municipality: 'Courtrai', tribunal: 'gent', division: 'kortrijk' },
    { name: 'a hyphenated seat, any case', municipality: 'OCMW SINT-NIKLAAS', tribunal: 'gent', division: 'sint_niklaas' },
    { name: 'a one-seat tribunal', municipality: 'Leuven', tribunal: 'leuven', division: undefined },
    { name: 'a one-seat tribunal in French', municipality: 'Louvain', tribunal: 'leuven', division: undefined },
    { name: 'a seat in German', municipality: 'Lüttich', tribunal: 'liege', division: 'liege' },
    { name: 'a seat in English', municipality: 'Ghent', tribunal: 'gent', division: 'gent' },
    { name: 'Brabant wallon’s one seat', municipality: 'Nivelles', tribunal: 'brabant_wallon', division: undefined },
  ])('$name: $municipality', ({ municipality, tribunal, division }) => {
    const match = tribunalFor(municipality)
    expect(match.kind).toBe('seat')
    if (match.kind !== 'seat') return
    expect(match.tribunal.id).toBe(tribunal)
    expect(match.division).toBe(division)
    if (division) expect(match.tribunal.divisions).toContain(division)
  })

  it('says where Mouscron’s and Binche’s cases are heard', () => {
    expect(tribunalFor('Mouscron')).toMatchObject({ kind: 'seat', division: 'mouscron', heardIn: 'tournai' })
    expect(tribunalFor('CPAS de Binche')).toMatchObject({ kind: 'seat', division: 'binche', heardIn: 'la_louviere' })
    expect(tribunalFor('Tournai')).toMatchObject({ kind: 'seat', division: 'tournai', heardIn: undefined })
    // §12: "Roeselare — seat in Kortrijk", the same list the appeal letter uses.
    expect(tribunalFor('Roulers')).toMatchObject({ kind: 'seat', division: 'roeselare', heardIn: 'kortrijk' })
  })

  it('gives Brussels both tribunals, both at the one address the sources give', () => {
    for (const name of ['Bruxelles', 'Brussel', 'CPAS de Bruxelles', 'OCMW Brussel']) {
      const match = tribunalFor(name)
      expect(match.kind, name).toBe('brussels')
      if (match.kind === 'brussels') expect(match.tribunals.map((t) => [t.id, t.address])).toEqual([['brussels_fr', 'poelaert'], ['brussels_nl', 'poelaert']])
    }
  })

  it('does not guess for a municipality that is not a seat (which division it belongs to is not sourced)', () => {
    for (const name of ['Schaerbeek', 'Wavre', 'Jambes', 'Saint-Nicolas', 'Ville', '']) expect(tribunalFor(name), name).toEqual({ kind: 'unknown' })
  })

  it('has an address only for Brussels and Brabant wallon, and nine tribunals', () => {
    expect(LABOUR_TRIBUNALS).toHaveLength(9)
    expect(LABOUR_TRIBUNALS.filter((t) => t.address).map((t) => t.id)).toEqual(['brussels_nl', 'brussels_fr', 'brabant_wallon'])
  })

  it('reads a PCSW’s name as its municipality', () => {
    expect(normaliseMunicipality('CPAS de La Louvière')).toBe('la louviere')
    expect(normaliseMunicipality("CPAS d'Arlon")).toBe('arlon')
    expect(normaliseMunicipality('  Marche-en-Famenne ')).toBe('marche en famenne')
  })
})

describe('a phone number as a link', () => {
  it.each([
    ['+32 81 00 00 00', 'tel:+3281000000'],
    ['081/00.00.00', 'tel:081000000'],
    [' (02) 555-12-34 ', 'tel:025551234'],
  ])('%s → %s', (phone, href) => expect(telHref(phone)).toBe(href))
})
