import type { Author, Commitment, CommitmentStatus, IsoDate, Party } from '@/domain/model'
import { commitmentKind } from '@/domain/records/commitment'
import { getDb } from './database'
import { projectRecords } from './repository'

export interface NewCommitment {
  party: Party
  text: string
  author: Author
  partnerId?: string
}

const repository = projectRecords<Commitment>('commitments', commitmentKind, { ordered: true })

/** The project's commitments, in the order they were written. */
export const listCommitments = repository.list

/** Adds what one party commits to (a partner's commitment names the partner); refuses an empty text or an unknown partner. */
export async function addCommitment(projectId: string, input: NewCommitment, today: IsoDate): Promise<Commitment> {
  const db = getDb()
  return db.transaction('rw', db.projects, db.partners, db.commitments, async () => {
    if (input.party === 'partner' && input.partnerId && !(await db.partners.get(input.partnerId))) throw new Error(`No partner ${input.partnerId}`)
    return repository.add(projectId, { ...input, order: 0 }, today)
  })
}

/** Rewrites a commitment; `writer`'s change is recorded beside who wrote it first. Refuses a commitment changed since `expected`. */
export function updateCommitment(id: string, text: string, writer: Author, today: IsoDate, expected?: Commitment): Promise<Commitment> {
  return repository.update(id, { text }, today, expected, writer)
}

/**
 * Says whether what the PCSW or a partner committed to was kept, as of today (`undefined`: no status again).
 * Refuses it on the person's own commitment, and an unknown status.
 */
export async function setCommitmentStatus(id: string, status: CommitmentStatus | undefined, today: IsoDate): Promise<Commitment> {
  const current = await getDb().commitments.get(id)
  if (current?.party === 'me') throw new Error('The person’s own commitments have no status')
  return repository.update(id, { status, statusOn: status === undefined ? undefined : today }, today)
}

/** Removes a commitment written by mistake (the screen asks first). */
export const removeCommitment = repository.remove
