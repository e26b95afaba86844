import type { Author, Commitment, IsoDate, Partner, Step } from '@/domain/model'
import { commitmentKind, partnerKind } from '@/domain/records/commitment'
import { assertValid, checkRecord, prepare } from '@/domain/validation'
import { addCommitment } from './commitments'
import { getDb } from './database'
import { projectRecords } from './repository'

export interface NewPartner {
  name: string
  contact?: string
}

const repository = projectRecords<Partner>('partners', partnerKind)

/** The partner organisations of the project, by name. */
export const listPartners = repository.list

/**
 * Adds a partner organisation and, when given, its first commitment, in one transaction: both are saved or neither
 * (both are checked first, so one refusal names every field in error).
 */
export async function addPartner(projectId: string, input: NewPartner, today: IsoDate, firstCommitment?: { text: string; author: Author }): Promise<Partner> {
  const draft = { ...input, id: 'unsaved', projectId }
  const commitment = firstCommitment && { ...firstCommitment, id: 'unsaved', projectId, party: 'partner' as const, order: 0 }
  assertValid({
    ...checkRecord(partnerKind, prepare(partnerKind, draft), { today }),
    ...(commitment ? checkRecord(commitmentKind, prepare(commitmentKind, commitment), { today }) : {}),
  })
  const db = getDb()
  return db.transaction('rw', db.projects, db.partners, db.commitments, async () => {
    const partner = await repository.add(projectId, input, today)
    if (firstCommitment) await addCommitment(projectId, { ...firstCommitment, party: 'partner', partnerId: partner.id }, today)
    return partner
  })
}

/** Saves a partner's new name or contact; refuses an empty name, or a partner changed since `expected`. */
export function updatePartner(id: string, changes: Partial<NewPartner>, today: IsoDate, expected?: Partner): Promise<Partner> {
  return repository.update(id, changes, today, expected)
}

/** What removing a partner took away, so it can be put back: the partner, its commitments, the steps that named it. */
export interface RemovedPartner {
  partner: Partner
  commitments: Commitment[]
  /** The ids of the steps that named the partner (they stay in the plan, done "by a partner", without its name). */
  stepIds: string[]
}

/**
 * Removes a partner organisation in one transaction: its commitments go with it (they are its words), and the
 * steps it was to do stay in the plan, still done by a partner, without its name. Answers what was removed.
 */
export async function removePartner(id: string): Promise<RemovedPartner> {
  const db = getDb()
  return db.transaction('rw', db.partners, db.commitments, db.steps, async () => {
    const partner = await db.partners.get(id)
    if (!partner) throw new Error(`No partner ${id}`)
    const commitments = await db.commitments.where('projectId').equals(partner.projectId).filter((c) => c.partnerId === id).toArray()
    const steps = await db.steps.where('projectId').equals(partner.projectId).filter((s) => s.partnerId === id).toArray()
    await db.commitments.bulkDelete(commitments.map((c) => c.id))
    await db.steps.bulkPut(steps.map(({ partnerId: _partner, ...step }): Step => step))
    await db.partners.delete(id)
    return { partner, commitments, stepIds: steps.map((s) => s.id) }
  })
}

/**
 * Puts back a partner just removed, with its commitments, and its name on the steps that still exist and are still
 * done by a partner without a name (in one transaction). Refuses when its project is gone.
 */
export async function restorePartner(removed: RemovedPartner): Promise<void> {
  const db = getDb()
  await db.transaction('rw', db.projects, db.partners, db.commitments, db.steps, async () => {
    if (!(await db.projects.get(removed.partner.projectId))) throw new Error(`No project ${removed.partner.projectId}`)
    await db.partners.put(removed.partner)
    await db.commitments.bulkPut(removed.commitments)
    const steps = (await db.steps.bulkGet(removed.stepIds)).filter((s): s is Step => s !== undefined && s.who === 'partner' && s.partnerId === undefined)
    await db.steps.bulkPut(steps.map((s) => ({ ...s, partnerId: removed.partner.id })))
  })
}
