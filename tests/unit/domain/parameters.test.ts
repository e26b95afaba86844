import { describe, expect, it } from 'vitest'
import { isValidIsoDate } from '@/domain/dates'
import { AMOUNTS_KNOWN_UNTIL, amountsOn, INTEGRATION_INCOME, PARAMETERS, parameterEntryOn, parameterOn, type ParameterId } from '@/domain/parameters'
import { SOURCES } from '@/domain/sources'

describe('integration income amounts by date', () => {
  const situations = [
    { name: 'no amounts are known before 1 November 2023', date: '2023-10-31', expected: undefined },
    { name: 'on 1 November 2023 the Tournai amounts apply', date: '2023-11-01', expected: { from: '2023-11-01', cohabiting: 84212, single: 126317, family: 170711 } },
    { name: 'on 30 April 2024 the November 2023 amounts still apply', date: '2024-04-30', expected: { from: '2023-11-01', cohabiting: 84212, single: 126317, family: 170711 } },
    { name: 'from 1 May 2024 the indexed amounts apply (single: 1 288.46)', date: '2024-05-01', expected: { from: '2024-05-01', cohabiting: 85897, single: 128846, family: 174129 } },
    { name: 'on 31 January 2025 the May 2024 amounts still apply', date: '2025-01-31', expected: { from: '2024-05-01', cohabiting: 85897, single: 128846, family: 174129 } },
    { name: 'from 1 February 2025 the published amounts apply', date: '2025-02-01', expected: { from: '2025-02-01', cohabiting: 87613, single: 131420, family: 177607 } },
    { name: 'on 28 February 2026 the February 2025 amounts still apply, and are known to be current', date: '2026-02-28', expected: { from: '2025-02-01', cohabiting: 87613, single: 131420, family: 177607 } },
    {
      name: 'from 1 March 2026 the +2 % amounts apply, computed by the app (893.65 / 1 340.48 / 1 811.59)',
      date: '2026-03-01',
      expected: { from: '2026-03-01', cohabiting: 89365, single: 134048, family: 181159, confidence: 'uncertain', estimate: { base: '2025-02-01', factor: 1.02 } },
    },
    {
      name: 'on 2 December 2026 the March 2026 amounts are the latest the app knows, and it says it cannot know of a later one',
      date: '2026-12-02',
      expected: { from: '2026-03-01', single: 134048, estimate: { base: '2025-02-01', factor: 1.02 }, knownUntil: '2026-03-01' },
    },
  ]
  it.each(situations)('$name', ({ date, expected }) => {
    const found = amountsOn(date)
    if (expected === undefined) expect(found).toBeUndefined()
    else expect(found).toMatchObject(expected)
  })

  it('never flags the amounts as possibly outdated up to the day the app knows them for', () => {
    for (const date of ['2025-01-31', '2025-02-01', '2026-02-28', '2026-03-01']) expect(amountsOn(date), date).not.toHaveProperty('knownUntil')
    expect(AMOUNTS_KNOWN_UNTIL).toBe('2026-03-01')
  })

  it('only the computed entry is an estimate, and it is 1.02 × the entry it names, rounded to the cent', () => {
    for (const date of ['2023-11-01', '2024-05-01', '2025-02-01']) expect(amountsOn(date), date).not.toHaveProperty('estimate')
    const march = amountsOn('2026-03-01')
    const base = march?.estimate ? amountsOn(march.estimate.base) : undefined
    expect(base?.from).toBe('2025-02-01')
    for (const category of ['cohabiting', 'single', 'family'] as const) {
      expect(march?.[category], category).toBe(Math.round((base?.[category] ?? 0) * (march?.estimate?.factor ?? 0)))
    }
  })

  it('records the 1 288.46 / 1 288.96 disagreement on the May 2024 entry', () => {
    expect(amountsOn('2024-06-01')?.note).toMatch(/1 288\.46.*1 288\.96/)
    expect(amountsOn('2023-12-01')?.confidence).toBe('seed-only')
    expect(amountsOn('2025-03-01')?.confidence).toBe('confirmed')
  })
})

describe('legal parameters', () => {
  const values: { id: ParameterId; value: number; unit: string }[] = [
    { id: 'decision_days', value: 30, unit: 'calendar-days' },
    { id: 'notification_days', value: 8, unit: 'calendar-days' },
    { id: 'appeal_months', value: 3, unit: 'months' },
    { id: 'isip_months', value: 3, unit: 'months' },
    { id: 'cooling_off_days', value: 5, unit: 'calendar-days' },
    { id: 'meeting_working_days', value: 5, unit: 'working-days' },
    { id: 'evaluations_per_year', value: 3, unit: 'count' },
    { id: 'evaluations_in_person_per_year', value: 2, unit: 'count' },
    { id: 'evaluation_spacing_months', value: 4, unit: 'months' },
    { id: 'sanction_max_months', value: 1, unit: 'months' },
    { id: 'repeat_window_years', value: 1, unit: 'years' },
    { id: 'repeat_sanction_max_months', value: 3, unit: 'months' },
    { id: 'trip_notice_min_days', value: 7, unit: 'calendar-days' },
    { id: 'step_heads_up_days', value: 3, unit: 'calendar-days' },
    { id: 'backup_interval_days', value: 60, unit: 'calendar-days' },
    { id: 'soon_days', value: 7, unit: 'calendar-days' },
    { id: 'new_beneficiary_months', value: 3, unit: 'months' },
    { id: 'under_25_age', value: 25, unit: 'age-years' },
  ]
  it.each(values)('$id is $value ($unit) in 2026', ({ id, value, unit }) => {
    expect(parameterOn(id, '2026-01-15')).toBe(value)
    expect(PARAMETERS[id].unit).toBe(unit)
  })

  it('gives every dated value a valid date, a reference to known sources and a confidence, oldest first', () => {
    const all = [...Object.values(PARAMETERS), INTEGRATION_INCOME]
    for (const parameter of all) {
      expect(parameter.values.length).toBeGreaterThan(0)
      let previous = ''
      for (const entry of parameter.values) {
        expect(isValidIsoDate(entry.from), `${parameter.id} from ${entry.from}`).toBe(true)
        expect(entry.from > previous, `${parameter.id} is sorted`).toBe(true)
        previous = entry.from
        expect(entry.reference.text.length).toBeGreaterThan(0)
        expect(entry.reference.sources.length).toBeGreaterThan(0)
        for (const s of entry.reference.sources) expect(SOURCES).toHaveProperty(s)
        expect(['confirmed', 'confirmed-secondary', 'seed-only', 'uncertain']).toContain(entry.confidence)
      }
    }
  })

  it('marks the cooling-off unit in calendar days as confirmed by a secondary source, and still names the other reading', () => {
    const entry = parameterEntryOn('cooling_off_days', '2026-01-15')
    expect(entry.confidence).toBe('confirmed-secondary')
    expect(entry.note).toMatch(/working days/)
    expect(entry.reference.text).toMatch(/circular of 27 March 2018/)
  })

  it('says the appeal’s last day moves off a weekend or holiday, with the Judicial Code', () => {
    expect(parameterEntryOn('appeal_months', '2026-12-02').note).toMatch(/moves to the next working day.*Judicial Code arts 52–53/)
  })

  it('uses the first entry for a date before any entry, so a date typed too early never stops the rules', () => {
    expect(parameterOn('isip_months', '2010-01-01')).toBe(3)
  })

  it('keeps every source address on https and never invents one for a site-only source', () => {
    for (const source of Object.values(SOURCES)) {
      if ('url' in source) expect(source.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//)
    }
    expect(SOURCES['luttepauvrete-wallonie']).not.toHaveProperty('url')
  })
})
