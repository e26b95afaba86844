import { getDb } from './database'
import { newId } from './ids'
import type { Author, Commitment, Party } from '@/domain/model'
import { isValid, PlanValidationError, validateCommitment } from '@/domain/plan-validation'

export interface NewCommitment {
  party: Party
  text: string
  author: Author
  partnerId?: string
}

/** The project's commitments, in the order they were written. */
export async function listCommitments(projectId: string): Promise<Commitment[]> {
  const all = await getDb().commitments.where('projectId').equals(projectId).toArray()
  return all.sort((a, b) => a.order - b.order)
}

function check(text: string): void {
  const errors = validateCommitment({ text })
  if (!isValid(errors)) throw new PlanValidationError(errors)
}

/** Adds what one party commits to (a partner's commitment names the partner); refuses an empty text. */
export async function addCommitment(projectId: string, input: NewCommitment): Promise<Commitment> {
  check(input.text)
  const db = getDb()
  return db.transaction('rw', db.projects, db.partners, db.commitments, async () => {
    if (!(await db.projects.get(projectId))) throw new Error(`No project ${projectId}`)
    if (input.party === 'partner' && input.partnerId && !(await db.partners.get(input.partnerId))) {
      throw new Error(`No partner ${input.partnerId}`)
    }
    const all = await db.commitments.where('projectId').equals(projectId).toArray()
    const order = all.reduce((max, c) => Math.max(max, c.order), -1) + 1
    const commitment: Commitment = { id: newId(), projectId, party: input.party, text: input.text.trim(), author: input.author, order }
    if (input.party === 'partner' && input.partnerId) commitment.partnerId = input.partnerId
    await db.commitments.add(commitment)
    return commitment
  })
}

/** Rewrites a commitment; its author becomes the one who wrote it last. */
export async function updateCommitment(id: string, text: string, author: Author): Promise<Commitment> {
  check(text)
  const db = getDb()
  return db.transaction('rw', db.commitments, async () => {
    const current = await db.commitments.get(id)
    if (!current) throw new Error(`No commitment ${id}`)
    const next = { ...current, text: text.trim(), author }
    await db.commitments.put(next)
    return next
  })
}

/** Removes a commitment written by mistake (the screen asks first). */
export async function removeCommitment(id: string): Promise<void> {
  await getDb().commitments.delete(id)
}
