import type { Author, IsoDate, Objective } from '@/domain/model'
import { agreementStands, objectiveKind } from '@/domain/records/objective'
import { getDb } from './database'
import { moveInOrder, projectRecords, type RecordFields } from './repository'

export type NewObjective = Pick<Objective, 'title' | 'domain' | 'aim' | 'author'> & Partial<Pick<Objective, 'targetDate' | 'status' | 'fromAnswerId'>>

const repository = projectRecords<Objective>('objectives', objectiveKind, { ordered: true })

/** The project's objectives in the person's order. */
export const listObjectives = repository.list

/** Adds an objective, open, at the end of the list, written down today; refuses what its kind refuses. */
export function addObjective(projectId: string, input: NewObjective, today: IsoDate): Promise<Objective> {
  return repository.add(projectId, { status: 'open', ...input, createdOn: today, order: 0 }, today)
}

/**
 * Saves changes to an objective; `writer`'s change is recorded beside who wrote it first (authorship.ts). Refuses a
 * record changed since `expected`. A change of what the objective says takes away the person's agreement with it
 * (see `agreementStands`), unless the same changes give it again.
 */
export function updateObjective(id: string, changes: Partial<RecordFields<Objective>>, today: IsoDate, expected?: Objective, writer?: Author): Promise<Objective> {
  const db = getDb()
  return db.transaction('rw', db.objectives, async () => {
    const current = await db.objectives.get(id)
    const keeps = current === undefined || 'agreedOn' in changes || agreementStands(current, changes)
    return repository.update(id, keeps ? changes : { ...changes, agreedOn: undefined }, today, expected, writer)
  })
}

/** Records that the person agrees with an objective, on `agreedOn` (not after today), or takes it back (`undefined`). */
export function agreeWithObjective(id: string, agreedOn: IsoDate | undefined, today: IsoDate, expected?: Objective): Promise<Objective> {
  return repository.update(id, { agreedOn }, today, expected)
}

/** Moves an objective one place up (-1) or down (+1) in the person's order; returns its new position (0-based). */
export const moveObjective = (id: string, direction: -1 | 1): Promise<number> => moveInOrder('objectives', id, direction)
