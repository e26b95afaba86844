import type { Author, Commitment, IsoDate, Party } from '@/domain/model'
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

/** Removes a commitment written by mistake (the screen asks first). */
export const removeCommitment = repository.remove
