import type { Author, IsoDate, Step } from '@/domain/model'
import { stepKind } from '@/domain/records/step'
import { moveInOrder, projectRecords, type RecordFields } from './repository'

export type NewStep = Pick<Step, 'title' | 'who' | 'author'> & Partial<Pick<Step, 'objectiveId' | 'partnerId' | 'dueDate'>>
export type StepChanges = Partial<Omit<RecordFields<Step>, 'createdOn' | 'order' | 'author' | 'edits'>>

const repository = projectRecords<Step>('steps', stepKind, { ordered: true })

/** The steps of the plan in the person's order, dropped ones included (they are kept, never deleted). */
export const listSteps = repository.list

/** Adds a step, to do, at the end of the plan, written down today. */
export function addStep(projectId: string, input: NewStep, today: IsoDate): Promise<Step> {
  return repository.add(projectId, { ...input, status: 'todo', createdOn: today, order: 0 }, today)
}

/**
 * Saves changes to a step; refuses an empty title, a date that does not exist, or a "done on" out of range.
 * `writer`'s change is recorded beside who wrote it first (authorship.ts).
 */
export function updateStep(id: string, changes: StepChanges, today: IsoDate, expected?: Step, writer?: Author): Promise<Step> {
  return repository.update(id, changes, today, expected, writer)
}

/** Marks a step done on a given day (not before it was written down, not after today). */
export function markStepDone(id: string, doneOn: IsoDate, today: IsoDate): Promise<Step> {
  return updateStep(id, { status: 'done', doneOn }, today)
}

/** Drops a step: it stays in the plan, shown as dropped. */
export function dropStep(id: string, today: IsoDate): Promise<Step> {
  return updateStep(id, { status: 'dropped' }, today)
}

/** Takes a dropped or done step back to "to do". */
export function reopenStep(id: string, today: IsoDate): Promise<Step> {
  return updateStep(id, { status: 'todo' }, today)
}

/**
 * Moves a step one place up (-1) or down (+1) by swapping its order with its neighbour's, in one transaction.
 * Returns its new position (0-based); at either end nothing changes.
 */
export const moveStep = (id: string, direction: -1 | 1): Promise<number> => moveInOrder('steps', id, direction)
