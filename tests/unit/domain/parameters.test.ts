import { describe, expect, it } from 'vitest'
import { isValidIsoDate } from '@/domain/dates'
import { amountsOn, INTEGRATION_INCOME, PARAMETERS, parameterEntryOn, parameterOn, type ParameterId } from '@/domain/parameters'
import { SOURCES } from '@/domain/sources'

describe('integration income amounts by date', () => {
  const situations = [
    { name: 'no amounts are known before 1 November 2023', date: '2023-10-31', expected: undefined },
    { name: 'on 1 November 2023 the Tournai amounts apply', date: '2023-11-01', expected: { from: '2023-11-01', cohabiting: 84212, single: 126317, family: 170711 } },
    { name: 'on 30 April 2024 the November 2023 amounts still apply', date: '2024-04-30', expected: { from: '2023-11-01', cohabiting: 84212, single: 126317, family: 170711 } },
    { name: 'from 1 May 2024 the indexed amounts apply (single: 1 288.46)', date: '2024-05-01', expected: { from: '2024-05-01', cohabiting: 85897, single: 128846, family: 174129 } },
    { name: 'on 31 January 2025 the May 2024 amounts still apply', date: '2025-01-31', expected: { from: '2024-05-01', cohabiting: 85897, single: 128846, family: 174129 } },
    { name: 'from 1 February 2025 the latest known amounts apply', date: '2025-02-01', expected: { from: '2025-02-01', cohabiting: 87613, single: 131420, family: 177607 } },
    { name: 'in 2026 the February 2025 amounts are the latest known', date: '2026-06-15', expected: { from: '2025-02-01', cohabiting: 87613, single: 131420, family: 177607 } },
  ]
  it.each(situations)('$name', ({ date, expected }) => {
    const found = amountsOn(date)
    if (expected === undefined) expect(found).toBeUndefined()
    else expect(found).toMatchObject(expected)
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

  it('marks the cooling-off unit as uncertain and says what the other reading is', () => {
    const entry = parameterEntryOn('cooling_off_days', '2026-01-15')
    expect(entry.confidence).toBe('uncertain')
    expect(entry.note).toMatch(/working days/)
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
