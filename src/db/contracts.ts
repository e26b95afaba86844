import type { Amendment, Contract, IsoDate } from '@/domain/model'
import { amendmentKind, applyCorrection, contractKind, correctionKind, mergeSigned, signedDate, stampDetails, type CorrectionInput } from '@/domain/records/contract'
import { assertValid } from '@/domain/validation'
import { getDb } from './database'
import { newId, nowIso } from './ids'
import { assertUnchanged, checked } from './repository'

/**
 * The contract and its amendments. Rules of this repository:
 * - Before the person signs, the contract's details may be corrected freely (it is still a draft).
 * - Once signed, a detail that has a value is not changed (a ValidationError with `signed` on each such detail),
 *   unless it was written today (a typo noticed the same day; each detail keeps the day it was written in
 *   `recordedOn`); an empty one may still be filled in (the PCSW's signature that came later, the duration).
 *   A wrong date found later is put right by an explained correction (`correctContract`), kept in the contract's
 *   `corrections`; a change agreed after signing is an amendment.
 * - Amendments are append-only: added, never overwritten nor removed, so the contract as signed and each change
 *   after it stay readable in order.
 */
export type ContractFields = Omit<Contract, 'id' | 'projectId' | 'recordedOn' | 'corrections'>

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
      const fresh = checked(contractKind, { ...input, id: newId(), projectId }, { today })
      const contract = checked(contractKind, { ...fresh, recordedOn: stampDetails(undefined, fresh, today) }, { today })
      await db.contracts.add(contract)
      return contract
    }
    const current = await db.contracts.get(id)
    if (!current || current.projectId !== projectId) throw new Error(`No contract ${id}`)
    assertUnchanged(current, expected)
    // What the contract keeps of itself (the days details were written, its corrections) is the repository's to write.
    const { recordedOn: _stamps, corrections: _corrections, ...fields } = input as Contract
    let next = checked(contractKind, { ...fields, id, projectId, ...(current.corrections ? { corrections: current.corrections } : {}) }, { today })
    if (signedDate(current) !== undefined) {
      const { merged, errors } = mergeSigned(current, next, today)
      assertValid(errors)
      next = checked(contractKind, merged, { today })
    }
    next = checked(contractKind, { ...next, recordedOn: stampDetails(current, next, today) }, { today })
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

/**
 * Corrects one date of a signed contract found wrong after the day it was written (a typo, a date misread), with
 * why: the date changes, and the correction (what it was, what it is, why, when) is kept in `corrections`, never
 * removed. Refused like any contract change that does not pass the checks, or when the contract changed since `expected`.
 */
export async function correctContract(contractId: string, input: Pick<CorrectionInput, 'field' | 'to' | 'reason'>, today: IsoDate, expected?: Contract): Promise<Contract> {
  const db = getDb()
  return db.transaction('rw', db.contracts, async () => {
    const current = await db.contracts.get(contractId)
    if (!current) throw new Error(`No contract ${contractId}`)
    assertUnchanged(current, expected)
    checked(correctionKind, { id: contractId, projectId: current.projectId, ...input }, { today, contract: current })
    const next = checked(contractKind, applyCorrection(current, input, today, nowIso()), { today })
    await db.contracts.put(next)
    return next
  })
}

/** Removes a contract noted by mistake today with nothing attached (the undo of "I signed" on Today, when that created it). */
export async function removeContractWrittenToday(contractId: string, expected: Contract, today: IsoDate): Promise<void> {
  const db = getDb()
  await db.transaction('rw', db.contracts, db.amendments, async () => {
    const current = await db.contracts.get(contractId)
    if (!current) return
    assertUnchanged(current, expected)
    const stamps = Object.values(current.recordedOn ?? {})
    if (stamps.length === 0 || stamps.some((day) => day !== today)) throw new Error('Only a contract written today is removed')
    if ((await db.amendments.where('contractId').equals(contractId).count()) > 0) throw new Error('A contract with amendments is never removed')
    await db.contracts.delete(contractId)
  })
}
