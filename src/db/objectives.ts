import type { Author, IsoDate, Objective } from '@/domain/model'
import { objectiveKind } from '@/domain/records/objective'
import { projectRecords, type RecordFields } from './repository'

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
 * record changed since `expected`.
 */
export function updateObjective(id: string, changes: Partial<RecordFields<Objective>>, today: IsoDate, expected?: Objective, writer?: Author): Promise<Objective> {
  return repository.update(id, changes, today, expected, writer)
}
