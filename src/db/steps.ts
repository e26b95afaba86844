import Dexie from 'dexie'
import { getDb } from './database'
import { newId } from './ids'
import type { IsoDate, Step } from '@/domain/model'
import { isValid, PlanValidationError, validateStep } from '@/domain/plan-validation'

export type NewStep = Pick<Step, 'title' | 'who' | 'author'> & Partial<Pick<Step, 'objectiveId' | 'partnerId' | 'dueDate'>>
export type StepChanges = Partial<Pick<Step, 'title' | 'who' | 'objectiveId' | 'partnerId' | 'dueDate' | 'status' | 'doneOn' | 'author'>>

const range = (projectId: string) =>
  getDb().steps.where('[projectId+order]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])

/** The steps of the plan in the person's order, dropped ones included (they are kept, never deleted). */
export async function listSteps(projectId: string): Promise<Step[]> {
  return range(projectId).toArray()
}

/** Keeps only what belongs together: no "done on" unless done, no partner unless the partner does it. */
function clean(step: Step): Step {
  const next = { ...step, title: step.title.trim() }
  if (next.status !== 'done') delete next.doneOn
  if (next.who !== 'partner') delete next.partnerId
  for (const key of ['dueDate', 'objectiveId', 'partnerId', 'doneOn'] as const) if (!next[key]) delete next[key]
  return next
}

function check(step: Step, today: IsoDate): void {
  const errors = validateStep(step, today)
  if (!isValid(errors)) throw new PlanValidationError(errors)
}

/** Adds a step, to do, at the end of the plan, written down today. */
export async function addStep(projectId: string, input: NewStep, today: IsoDate): Promise<Step> {
  const db = getDb()
  const draft = clean({ ...input, id: newId(), projectId, status: 'todo', createdOn: today, order: 0 })
  check(draft, today)
  return db.transaction('rw', db.projects, db.steps, async () => {
    if (!(await db.projects.get(projectId))) throw new Error(`No project ${projectId}`)
    const last = await range(projectId).last()
    const step = { ...draft, order: (last?.order ?? -1) + 1 }
    await db.steps.add(step)
    return step
  })
}

/** Saves changes to a step; refuses an empty title, a date that does not exist, or a "done on" out of range. */
export async function updateStep(id: string, changes: StepChanges, today: IsoDate): Promise<Step> {
  const db = getDb()
  return db.transaction('rw', db.steps, async () => {
    const current = await db.steps.get(id)
    if (!current) throw new Error(`No step ${id}`)
    const next = clean({ ...current, ...changes, id, projectId: current.projectId, createdOn: current.createdOn, order: current.order })
    check(next, today)
    await db.steps.put(next)
    return next
  })
}

/** Marks a step done on a given day (not before it was written down, not after today). */
export async function markStepDone(id: string, doneOn: IsoDate, today: IsoDate): Promise<Step> {
  return updateStep(id, { status: 'done', doneOn }, today)
}

/** Drops a step: it stays in the plan, shown as dropped. */
export async function dropStep(id: string, today: IsoDate): Promise<Step> {
  return updateStep(id, { status: 'dropped' }, today)
}

/** Takes a dropped or done step back to "to do". */
export async function reopenStep(id: string, today: IsoDate): Promise<Step> {
  return updateStep(id, { status: 'todo' }, today)
}

/**
 * Moves a step one place up (-1) or down (+1) by swapping its order with its neighbour's, in one transaction.
 * Returns its new position (0-based); at either end nothing changes.
 */
export async function moveStep(id: string, direction: -1 | 1): Promise<number> {
  const db = getDb()
  return db.transaction('rw', db.steps, async () => {
    const current = await db.steps.get(id)
    if (!current) throw new Error(`No step ${id}`)
    const all = await range(current.projectId).toArray()
    const index = all.findIndex((s) => s.id === id)
    const other = all[index + direction]
    if (!other) return index
    await db.steps.bulkPut([
      { ...current, order: other.order },
      { ...other, order: current.order },
    ])
    return index + direction
  })
}
