import type { Amendment, Contract, IsoDate } from '@/domain/model'
import { amendmentKind, contractKind, mergeSigned, signedDate } from '@/domain/records/contract'
import { assertValid } from '@/domain/validation'
import { getDb } from './database'
import { newId, nowIso } from './ids'
import { assertUnchanged, checked } from './repository'

/**
 * The contract and its amendments. Rules of this repository:
 * - Before the person signs, the contract's details may be corrected freely (it is still a draft).
 * - Once signed, a detail that has a value is never changed (a ValidationError with `signed` on each such detail);
 *   an empty one may still be filled in (the PCSW's signature that came later, the duration). Every other change
 *   is an amendment.
 * - Amendments are append-only: added, never overwritten nor removed, so the contract as signed and each change
 *   after it stay readable in order.
 */
export type ContractFields = Omit<Contract, 'id' | 'projectId'>

export type NewAmendment = Pick<Amendment, 'agreedOn' | 'change' | 'agreedBy'> & Partial<Pick<Amendment, 'durationMonths' | 'endsOn'>>

/** The project's contracts, oldest first (by the day the draft was received, else signed). */
export async function listContracts(projectId: string): Promise<Contract[]> {
  return (await getDb().contracts.where('projectId').equals(projectId).toArray()).sort(contractKind.order)
}

/** The project's amendments, in the order they were agreed (then added). */
export async function listAmendments(projectId: string): Promise<Amendment[]> {
  return (await getDb().amendments.where('projectId').equals(projectId).toArray()).sort(amendmentKind.order)
}

/**
 * Creates the contract (no `id`) or saves its details (see the rules above), after checking the dates:
 * refuses a signature before the draft was handed over, a date that does not exist or is still to come, and a
 * contract changed since `expected`.
 */
export async function saveContract(projectId: string, id: string | undefined, input: ContractFields, today: IsoDate, expected?: Contract): Promise<Contract> {
  const db = getDb()
  return db.transaction('rw', db.projects, db.contracts, async () => {
    if (!(await db.projects.get(projectId))) throw new Error(`No project ${projectId}`)
    if (id === undefined) {
      const contract = checked(contractKind, { ...input, id: newId(), projectId }, { today })
      await db.contracts.add(contract)
      return contract
    }
    const current = await db.contracts.get(id)
    if (!current || current.projectId !== projectId) throw new Error(`No contract ${id}`)
    assertUnchanged(current, expected)
    let next = checked(contractKind, { ...input, id, projectId }, { today })
    if (signedDate(current) !== undefined) {
      const { merged, errors } = mergeSigned(current, next)
      assertValid(errors)
      next = checked(contractKind, merged, { today })
    }
    await db.contracts.put(next)
    return next
  })
}

/**
 * Adds an amendment to a signed contract (never overwrites one): agreed on a real date, not before the signature,
 * not in the future, saying what changed.
 */
export async function addAmendment(contractId: string, input: NewAmendment, today: IsoDate): Promise<Amendment> {
  const db = getDb()
  return db.transaction('rw', db.contracts, db.amendments, async () => {
    const contract = await db.contracts.get(contractId)
    if (!contract) throw new Error(`No contract ${contractId}`)
    const signedOn = signedDate(contract)
    if (signedOn === undefined) throw new Error('An amendment needs a signed contract')
    const record = { ...input, id: newId(), projectId: contract.projectId, contractId, recordedAt: nowIso() }
    const amendment = checked(amendmentKind, record, { today, signedOn })
    await db.amendments.add(amendment)
    return amendment
  })
}
