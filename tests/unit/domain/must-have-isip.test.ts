import { describe, expect, it } from 'vitest'
import { mustHaveIsip, type MustHaveIsipInput, type IsipAnswer } from '@/domain/reminders'

interface Situation {
  name: string
  input: MustHaveIsipInput
  expected: { answer: IsipAnswer; reasons: string[] }
}

const k = (...names: string[]) => names.map((n) => `isip_required.${n}`)

const situations: Situation[] = [
  { name: 'a 22-year-old must have an ISIP', input: { age: 22 }, expected: { answer: 'yes', reasons: k('under_25') } },
  { name: 'someone born on 10 March 2001 is still 24 on 9 March 2026: yes', input: { birthDate: '2001-03-10', today: '2026-03-09' }, expected: { answer: 'yes', reasons: k('under_25') } },
  { name: 'someone born on 10 March 2001 is 25 on 10 March 2026 and, not a new beneficiary, need not', input: { birthDate: '2001-03-10', today: '2026-03-10', newBeneficiary: false }, expected: { answer: 'no', reasons: k('not_mandatory', 'pcsw_may_propose', 'you_may_ask') } },
  { name: 'someone born on 29 February 2000 is still 24 on 27 February 2025', input: { birthDate: '2000-02-29', today: '2025-02-27' }, expected: { answer: 'yes', reasons: k('under_25') } },
  { name: 'someone born on 29 February 2000 turns 25 on 28 February 2025', input: { birthDate: '2000-02-29', today: '2025-02-28', newBeneficiary: false }, expected: { answer: 'no', reasons: k('not_mandatory', 'pcsw_may_propose', 'you_may_ask') } },
  { name: 'the "under 25" age band is enough', input: { under25: true }, expected: { answer: 'yes', reasons: k('under_25') } },
  { name: 'a new beneficiary aged 40 must have an ISIP', input: { age: 40, newBeneficiary: true }, expected: { answer: 'yes', reasons: k('new_beneficiary') } },
  { name: 'an under-25 new beneficiary: both reasons', input: { age: 19, newBeneficiary: true }, expected: { answer: 'yes', reasons: k('under_25', 'new_beneficiary') } },
  { name: 'a new beneficiary with health reasons may be exempted; an ISIP stays possible', input: { age: 40, newBeneficiary: true, exemption: 'health' }, expected: { answer: 'not-required', reasons: k('new_beneficiary', 'exempt_health', 'optional_still_possible') } },
  { name: 'an under-25 with equity reasons may be exempted', input: { under25: true, exemption: 'equity' }, expected: { answer: 'not-required', reasons: k('under_25', 'exempt_equity', 'optional_still_possible') } },
  { name: 'working part-time with a top-up: not required, though the PCSW may still ask', input: { age: 23, newBeneficiary: true, exemption: 'working-top-up' }, expected: { answer: 'not-required', reasons: k('working_top_up', 'pcsw_may_still_require', 'you_may_ask') } },
  { name: 'a 30-year-old who is not a new beneficiary need not, but may ask for one', input: { age: 30, newBeneficiary: false }, expected: { answer: 'no', reasons: k('not_mandatory', 'pcsw_may_propose', 'you_may_ask') } },
  { name: 'with nothing known, the answer is unknown and says what is missing', input: {}, expected: { answer: 'unknown', reasons: k('unknown_age', 'unknown_new_beneficiary', 'pcsw_may_propose', 'you_may_ask') } },
  { name: 'aged 30 with new-beneficiary status unknown: unknown', input: { age: 30 }, expected: { answer: 'unknown', reasons: k('unknown_new_beneficiary', 'pcsw_may_propose', 'you_may_ask') } },
  { name: 'health reasons with nothing else known: not required', input: { exemption: 'health' }, expected: { answer: 'not-required', reasons: k('exempt_health', 'optional_still_possible') } },
  { name: 'a stated age takes precedence over a birth date', input: { age: 26, birthDate: '2005-01-01', today: '2026-01-01', newBeneficiary: false }, expected: { answer: 'no', reasons: k('not_mandatory', 'pcsw_may_propose', 'you_may_ask') } },
]

describe('mustHaveIsip', () => {
  it.each(situations)('$name', ({ input, expected }) => {
    expect(mustHaveIsip(input)).toMatchObject(expected)
  })

  it('gives the age and months for the messages, and its sources', () => {
    const result = mustHaveIsip({ age: 22 })
    expect(result.values).toEqual({ age: 25, months: 3 })
    expect(result.sources).toContain('law-2002-art-11')
  })
})
