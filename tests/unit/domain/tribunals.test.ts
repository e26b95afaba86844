import { describe, expect, it } from 'vitest'
import { DIVISIONS, suggestDivisions, TRIBUNALS, tribunalOf } from '@/domain/tribunals'

const ids = (municipality: string) => suggestDivisions(municipality).map((d) => d.id)

describe('the labour tribunals of §12', () => {
  it('are nine, Brussels counting one per language, each in its own language', () => {
    expect(TRIBUNALS.map((t) => `${t.id}:${t.language}`)).toEqual([
      'antwerpen:nl', 'gent:nl', 'leuven:nl', 'eupen:de', 'brussel:nl', 'bruxelles:fr', 'brabant-wallon:fr', 'liege:fr', 'hainaut:fr',
    ])
    expect(DIVISIONS.filter((d) => d.tribunalId === 'gent')).toHaveLength(10)
    expect(DIVISIONS.filter((d) => d.tribunalId === 'liege')).toHaveLength(8)
  })

  it('hold only the addresses §12 gives', () => {
    expect(DIVISIONS.filter((d) => d.address).map((d) => `${d.id}: ${d.address}`)).toEqual([
      'brussel/brussel: Poelaertplein 3, 1000 Brussel',
      'bruxelles/bruxelles: Place Poelaert 3, 1000 Bruxelles',
      'brabant-wallon/brabant-wallon: Rue Clarisse 115, 1400 Nivelles',
    ])
  })
})

describe('suggestDivisions', () => {
  it('suggests the division of the same name, whatever the accents, case or language of the name', () => {
    expect(ids('Namur')).toEqual(['liege/namur'])
    expect(ids('namen')).toEqual(['liege/namur'])
    expect(ids('LIEGE')).toEqual(['liege/liege'])
    expect(ids('Louvain')).toEqual(['leuven/leuven'])
    expect(ids('Marche en Famenne')).toEqual(['liege/marche-en-famenne'])
    expect(ids('Eupen')).toEqual(['eupen/eupen'])
    expect(ids('CPAS de Mons')).toEqual(['hainaut/mons'])
    expect(ids('OCMW Gent')).toEqual(['gent/gent'])
    expect(tribunalOf(suggestDivisions('Eupen')[0]!).language).toBe('de')
  })

  it('follows §12 where cases are heard elsewhere: a Binche PCSW case goes to La Louvière', () => {
    expect(ids('Binche')).toEqual(['hainaut/la-louviere'])
    expect(suggestDivisions('Mouscron')[0]?.heardIn).toBe('hainaut/tournai')
  })

  it('offers both Brussels tribunals for Brussels, and the one seat for Nivelles', () => {
    expect(ids('Bruxelles')).toEqual(['brussel/brussel', 'bruxelles/bruxelles'])
    expect(ids('Nivelles')).toEqual(['brabant-wallon/brabant-wallon'])
  })

  it('suggests nothing for a municipality §12 does not name (its division is on the decision letter)', () => {
    expect(ids('Wavre')).toEqual([])
    expect(ids('Saint-Nicolas')).toEqual([])
    expect(ids('')).toEqual([])
  })
})
