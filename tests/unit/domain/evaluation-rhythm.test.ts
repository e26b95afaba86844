import { describe, expect, it } from 'vitest'
import type { Amendment, Contract, Evaluation, IsoDate } from '@/domain/model'
import { computeReminders, evaluationRhythm, type ContractYearRhythm, type ProjectFacts } from '@/domain/reminders'
import { contractTerms } from '@/domain/rules/contract-terms'

// Expected dates and counts worked out by hand (working days: Mon–Fri minus the 10 legal holidays).

const P = 'p1'

function contract(id: string, extra: Partial<Contract>): Contract {
  return { id, projectId: P, signedBy: {}, ...extra }
}

/** Evaluations held on these dates; a `*` after the date means in person. */
function held(...dates: string[]): Evaluation[] {
  return dates.map((d, i) => ({ id: `e${i}`, projectId: P, heldOn: d.replace('*', ''), inPerson: d.endsWith('*') }))
}

function facts(contracts: Contract[], evaluations: Evaluation[] = []): ProjectFacts {
  return {
    project: { id: P, createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z', pcsw: { name: 'OCMW', municipality: 'Gent' } },
    contracts,
    evaluations,
  }
}

const signed2025 = [contract('c', { signedOn: '2025-01-15' })]

/** An amendment of contract `contractId` agreed on `agreedOn`, with its new terms. */
function amendment(contractId: string, agreedOn: IsoDate, terms: Pick<Amendment, 'durationMonths' | 'endsOn'>, recordedAt = `${agreedOn}T10:00:00.000Z`): Amendment {
  return { id: `a-${agreedOn}-${recordedAt}`, projectId: P, contractId, agreedOn, change: 'New term', agreedBy: { me: agreedOn, pcsw: agreedOn }, recordedAt, ...terms }
}
const withAmendments = (f: ProjectFacts, ...amendments: Amendment[]): ProjectFacts => ({ ...f, amendments })
const oneYear2025 = [contract('c', { signedOn: '2025-01-15', durationMonths: 12 })]

interface Situation {
  name: string
  today: IsoDate
  facts: ProjectFacts
  expected: Partial<ContractYearRhythm>[]
}

const situations: Situation[] = [
  {
    name: 'a year with no evaluation yet needs 3, 2 in person, the first by 15 May',
    today: '2025-12-01',
    facts: facts(signed2025),
    expected: [{ year: 1, yearStart: '2025-01-15', yearEnd: '2026-01-14', held: 0, heldInPerson: 0, stillNeeded: 3, stillNeededInPerson: 2, nextBy: '2025-05-15', canReachThree: true, canReachTwoInPerson: true }],
  },
  {
    name: 'one evaluation in person on 1 April: 2 more needed, 1 in person, the next by 1 August',
    today: '2025-05-01',
    facts: facts(signed2025, held('2025-04-01*')),
    expected: [{ held: 1, heldInPerson: 1, lastHeldOn: '2025-04-01', stillNeeded: 2, stillNeededInPerson: 1, nextBy: '2025-08-01' }],
  },
  {
    name: 'two evaluations, neither in person: 1 more needed but 2 in person, the next by 1 December',
    today: '2025-09-01',
    facts: facts(signed2025, held('2025-04-01', '2025-08-01')),
    expected: [{ held: 2, heldInPerson: 0, stillNeeded: 1, stillNeededInPerson: 2, nextBy: '2025-12-01' }],
  },
  {
    name: 'three evaluations, two in person: the year is complete',
    today: '2025-12-01',
    facts: facts(signed2025, held('2025-04-01*', '2025-08-01*', '2025-11-20')),
    expected: [{ held: 3, heldInPerson: 2, stillNeeded: 0, stillNeededInPerson: 0, nextBy: undefined, canReachThree: true, canReachTwoInPerson: true }],
  },
  {
    name: 'four evaluations, one in person: one more in person, by the end of the year (capped)',
    today: '2025-12-01',
    facts: facts(signed2025, held('2025-02-01', '2025-05-01*', '2025-08-01', '2025-11-01')),
    expected: [{ held: 4, heldInPerson: 1, stillNeeded: 0, stillNeededInPerson: 1, nextBy: '2026-01-14' }],
  },
  {
    name: 'with two working days left and nothing held, the year can no longer reach 3 but can still reach 2 in person',
    today: '2026-01-13',
    facts: facts(signed2025),
    expected: [{ stillNeeded: 3, canReachThree: false, canReachTwoInPerson: true }],
  },
  {
    name: 'a year ending on 26 December: on Christmas Eve only 24 and 26 December are left (Christmas is a holiday)',
    today: '2025-12-24',
    facts: facts([contract('c', { signedOn: '2024-12-27' })]),
    expected: [{ yearEnd: '2025-12-26', canReachThree: false, canReachTwoInPerson: true }],
  },
  {
    name: 'a year that ended with one evaluation in person could not reach 3 nor 2 in person; the next year starts afresh',
    today: '2026-02-01',
    facts: facts(signed2025, held('2025-04-01*')),
    expected: [
      { year: 1, held: 1, canReachThree: false, canReachTwoInPerson: false, nextBy: '2025-08-01' },
      { year: 2, yearStart: '2026-01-15', yearEnd: '2027-01-14', held: 0, nextBy: '2026-05-15', canReachThree: true },
    ],
  },
  {
    name: 'a contract ending on 14 July 2025 has a partial first year',
    today: '2025-03-01',
    facts: facts([contract('c', { signedOn: '2025-01-15', endsOn: '2025-07-14' })]),
    expected: [{ yearEnd: '2025-07-14', partial: true }],
  },
  {
    name: 'a 6-month contract signed on 15 January 2025 ends on 14 July',
    today: '2025-03-01',
    facts: facts([contract('c', { signedOn: '2025-01-15', durationMonths: 6 })]),
    expected: [{ yearEnd: '2025-07-14', partial: true }],
  },
  {
    name: 'a contract signed on 29 February 2024: its second year starts on 28 February 2025',
    today: '2025-03-01',
    facts: facts([contract('c', { signedOn: '2024-02-29' })]),
    expected: [
      { year: 1, yearStart: '2024-02-29', yearEnd: '2025-02-27' },
      { year: 2, yearStart: '2025-02-28', yearEnd: '2026-02-27' },
    ],
  },
  {
    name: 'a new contract replaces the old one: the old one stops the day before',
    today: '2026-04-01',
    facts: facts([contract('old', { signedOn: '2025-01-15' }), contract('new', { signedOn: '2026-03-01' })], held('2026-03-20*')),
    expected: [
      { contractId: 'old', year: 1, yearEnd: '2026-01-14', partial: false },
      { contractId: 'old', year: 2, yearStart: '2026-01-15', yearEnd: '2026-02-28', partial: true, held: 0 },
      { contractId: 'new', year: 1, yearStart: '2026-03-01', held: 1, heldInPerson: 1 },
    ],
  },
  {
    name: 'an evaluation dated after today is not counted as held; a planned date is listed',
    today: '2025-03-01',
    facts: facts(signed2025, [
      { id: 'future', projectId: P, heldOn: '2025-03-10', plannedOn: '2025-03-10', inPerson: true },
      { id: 'planned', projectId: P, plannedOn: '2025-06-02' },
    ]),
    expected: [{ held: 0, planned: ['2025-03-10', '2025-06-02'] }],
  },
  {
    name: 'an evaluation with "in person" unknown does not count as in person',
    today: '2025-05-01',
    facts: facts(signed2025, [{ id: 'e', projectId: P, heldOn: '2025-04-01' }]),
    expected: [{ held: 1, heldInPerson: 0, stillNeededInPerson: 2 }],
  },
  {
    name: 'an amendment that shortens a 12-month contract to 6 months ends its first year on 14 July',
    today: '2025-03-01',
    facts: withAmendments(facts(oneYear2025), amendment('c', '2025-02-20', { durationMonths: 6 })),
    expected: [{ yearEnd: '2025-07-14', partial: true }],
  },
  {
    name: 'an amendment that extends a 6-month contract to 18 months gives it a second, partial year',
    today: '2026-03-01',
    facts: withAmendments(facts([contract('c', { signedOn: '2025-01-15', durationMonths: 6 })]), amendment('c', '2025-06-01', { durationMonths: 18 })),
    expected: [
      { year: 1, yearEnd: '2026-01-14', partial: false },
      { year: 2, yearStart: '2026-01-15', yearEnd: '2026-07-14', partial: true },
    ],
  },
  {
    name: 'the latest amendment wins: a new duration replaces an earlier new end date as a whole',
    today: '2025-03-01',
    facts: withAmendments(
      facts(oneYear2025),
      amendment('c', '2025-02-25', { durationMonths: 9 }),
      amendment('c', '2025-02-10', { endsOn: '2025-05-31' }),
    ),
    expected: [{ yearEnd: '2025-10-14', partial: true }],
  },
  {
    name: 'an amendment of another contract changes nothing',
    today: '2025-03-01',
    facts: withAmendments(facts(oneYear2025), amendment('other', '2025-02-20', { durationMonths: 3 })),
    expected: [{ yearEnd: '2026-01-14', partial: false }],
  },
  {
    name: 'a contract signed by both parties on different days starts on the later signature',
    today: '2025-03-01',
    facts: facts([contract('c', { signedBy: { me: '2025-01-10', pcsw: '2025-01-15' } })]),
    expected: [{ yearStart: '2025-01-15' }],
  },
]

describe('evaluationRhythm', () => {
  it.each(situations)('$name', ({ today, facts: f, expected }) => {
    const rhythm = evaluationRhythm(f, today)
    expect(rhythm).toHaveLength(expected.length)
    expected.forEach((e, i) => {
      const year = rhythm[i]
      for (const [key, value] of Object.entries(e)) {
        expect(year?.[key as keyof ContractYearRhythm], `${key} of year ${i + 1}`).toEqual(value)
      }
    })
  })

  it('needs 3 evaluations, 2 of them in person (dated legal values)', () => {
    const [year] = evaluationRhythm(facts(signed2025), '2025-02-01')
    expect(year).toMatchObject({ needed: 3, neededInPerson: 2 })
  })
})

describe('contract terms after amendments', () => {
  it('are the contract’s own until an amendment changes them, then the latest one’s', () => {
    const [c] = oneYear2025
    expect(contractTerms(c!, [])).toEqual({ durationMonths: 12 })
    const text = { ...amendment('c', '2025-02-01', {}), change: 'Only words' }
    expect(contractTerms(c!, [text])).toEqual({ durationMonths: 12 })
    const same = amendment('c', '2025-03-01', { endsOn: '2025-12-31' }, '2025-03-01T09:00:00.000Z')
    const later = amendment('c', '2025-03-01', { endsOn: '2025-11-30' }, '2025-03-01T11:00:00.000Z')
    expect(contractTerms(c!, [later, text, same])).toEqual({ endsOn: '2025-11-30', amendment: later })
  })

  it('move the next evaluation when the contract now ends before it', () => {
    const held = [{ id: 'e1', projectId: P, heldOn: '2025-05-10', inPerson: true }]
    const due = (f: ProjectFacts) => computeReminders(f, '2025-06-01').filter((r) => r.kind === 'evaluation-due').map((r) => r.due)
    expect(due(facts(oneYear2025, held))).toEqual(['2025-09-10'])
    expect(due(withAmendments(facts(oneYear2025, held), amendment('c', '2025-05-20', { endsOn: '2025-07-31' })))).toEqual(['2025-07-31'])
  })
})
