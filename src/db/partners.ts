import type { Author, IsoDate, Partner } from '@/domain/model'
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
