import { getDb } from './database'
import { newId, nowIso } from './ids'
import { compact } from './records'
import type { Amendment, Contract, IsoDate, Signatures } from '@/domain/model'
import { assertValid, checkAmendment, checkContract } from '@/domain/records-validation'

/**
 * The contract and its amendments. Rules of this repository:
 * - Before the person signs, the contract's details may be corrected freely (it is still a draft).
 * - Once signed, a detail that has a value is never changed (`SignedContractError`); an empty one may still be
 *   filled in (the PCSW's signature that came later, the duration). Every other change is an amendment.
 * - Amendments are append-only: added, never overwritten nor removed, so the contract as signed and each change
 *   after it stay readable in order.
 */
export type ContractFields = Omit<Contract, 'id' | 'projectId'>

export interface NewAmendment {
  agreedOn: IsoDate
  change: string
  agreedBy: Signatures
}

/** A signed contract was asked to change a detail it already has: nothing was saved. */
export class SignedContractError extends Error {
  constructor(readonly fields: string[]) {
    super(`The contract is signed: ${fields.join(', ')} can only change through an amendment`)
    this.name = 'SignedContractError'
  }
}

/** The day the person signed: the contract's date, else their own signature. */
export function signedDate(contract: Pick<Contract, 'signedOn' | 'signedBy'>): IsoDate | undefined {
  return contract.signedOn ?? contract.signedBy?.me
}

function check(fields: ContractFields, today: IsoDate): void {
  assertValid(
    checkContract(
      {
        draftReceivedOn: fields.draftReceivedOn,
        signedOn: fields.signedOn,
        signedByMe: fields.signedBy.me,
        signedByPcsw: fields.signedBy.pcsw,
        signedByPartner: fields.signedBy.partner,
        durationMonths: fields.durationMonths === undefined ? undefined : String(fields.durationMonths),
        endsOn: fields.endsOn,
      },
      today,
    ),
  )
}

/** The project's contracts, oldest first (by the day the draft was received, else signed). */
export async function listContracts(projectId: string): Promise<Contract[]> {
  const all = await getDb().contracts.where('projectId').equals(projectId).toArray()
  const key = (c: Contract) => c.draftReceivedOn ?? signedDate(c) ?? ''
  return all.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1))
}

/** The project's amendments, in the order they were agreed (then added). */
export async function listAmendments(projectId: string): Promise<Amendment[]> {
  const all = await getDb().amendments.where('projectId').equals(projectId).toArray()
  const key = (a: Amendment) => `${a.agreedOn} ${a.recordedAt ?? ''}`
  return all.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/** Merges `next` into a signed contract: empty details may be filled in, set ones may not change. */
function mergeSigned(current: Contract, next: ContractFields): Contract {
  const changed: string[] = []
  const merged: Contract = { ...current, signedBy: { ...current.signedBy } }
  const keep = <K extends 'draftReceivedOn' | 'signedOn' | 'durationMonths' | 'endsOn'>(key: K) => {
    const value = next[key]
    if (value === undefined) return
    if (current[key] === undefined) merged[key] = value as Contract[K]
    else if (current[key] !== value) changed.push(key)
  }
  keep('draftReceivedOn')
  keep('signedOn')
  keep('durationMonths')
  keep('endsOn')
  for (const party of ['me', 'pcsw', 'partner'] as const) {
    const value = next.signedBy[party]
    if (value === undefined) continue
    if (current.signedBy[party] === undefined) merged.signedBy[party] = value
    else if (current.signedBy[party] !== value) changed.push(`signedBy.${party}`)
  }
  // Clearing a set detail is a change too.
  for (const key of ['draftReceivedOn', 'signedOn', 'durationMonths', 'endsOn'] as const) {
    if (current[key] !== undefined && next[key] === undefined) changed.push(key)
  }
  for (const party of ['me', 'pcsw', 'partner'] as const) {
    if (current.signedBy[party] !== undefined && next.signedBy[party] === undefined) changed.push(`signedBy.${party}`)
  }
  if (changed.length > 0) throw new SignedContractError(changed)
  return merged
}

/**
 * Creates the contract (no `id`) or saves its details (see the rules above), after checking the dates:
 * refuses a signature before the draft was handed over, a date that does not exist or is still to come.
 */
export async function saveContract(projectId: string, id: string | undefined, input: ContractFields, today: IsoDate): Promise<Contract> {
  const fields: ContractFields = { ...compact(input), signedBy: compact(input.signedBy ?? {}) }
  check(fields, today)
  const db = getDb()
  return db.transaction('rw', db.projects, db.contracts, async () => {
    if (!(await db.projects.get(projectId))) throw new Error(`No project ${projectId}`)
    if (id === undefined) {
      const contract: Contract = { ...fields, id: newId(), projectId }
      await db.contracts.add(contract)
      return contract
    }
    const current = await db.contracts.get(id)
    if (!current || current.projectId !== projectId) throw new Error(`No contract ${id}`)
    const next = signedDate(current) !== undefined ? mergeSigned(current, fields) : { ...fields, id, projectId }
    check(next, today)
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
    const signed = signedDate(contract)
    if (signed === undefined) throw new Error('An amendment needs a signed contract')
    assertValid(checkAmendment({ agreedOn: input.agreedOn, change: input.change }, signed, today))
    const amendment: Amendment = {
      id: newId(),
      projectId: contract.projectId,
      contractId,
      agreedOn: input.agreedOn,
      change: input.change.trim(),
      agreedBy: compact(input.agreedBy),
      recordedAt: nowIso(),
    }
    await db.amendments.add(amendment)
    return amendment
  })
}
