import Dexie from 'dexie'
import { getDb } from './database'
import { newId } from './ids'
import type { IsoDate, Objective } from '@/domain/model'
import { isValid, PlanValidationError, validateObjective } from '@/domain/plan-validation'

export type NewObjective = Pick<Objective, 'title' | 'domain' | 'aim' | 'author'> &
  Partial<Pick<Objective, 'targetDate' | 'status' | 'fromAnswerId'>>
export type ObjectiveChanges = Partial<Pick<Objective, 'title' | 'domain' | 'aim' | 'targetDate' | 'status' | 'author'>>

/** The project's objectives in the person's order. */
export async function listObjectives(projectId: string): Promise<Objective[]> {
  return getDb()
    .objectives.where('[projectId+order]')
    .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
    .toArray()
}

function clean(objective: Objective): Objective {
  const next = { ...objective, title: objective.title.trim() }
  if (!next.targetDate) delete next.targetDate
  return next
}

/** Adds an objective at the end of the list; refuses an empty title, an unknown domain or a date that does not exist. */
export async function addObjective(projectId: string, input: NewObjective, today: IsoDate): Promise<Objective> {
  const errors = validateObjective(input)
  if (!isValid(errors)) throw new PlanValidationError(errors)
  const db = getDb()
  return db.transaction('rw', db.projects, db.objectives, async () => {
    if (!(await db.projects.get(projectId))) throw new Error(`No project ${projectId}`)
    const last = await db.objectives.where('[projectId+order]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).last()
    const objective = clean({ status: 'open', ...input, id: newId(), projectId, createdOn: today, order: (last?.order ?? -1) + 1 })
    await db.objectives.add(objective)
    return objective
  })
}

/** Saves changes to an objective (the author becomes the last one who wrote it); refuses what `addObjective` refuses. */
export async function updateObjective(id: string, changes: ObjectiveChanges): Promise<Objective> {
  const db = getDb()
  return db.transaction('rw', db.objectives, async () => {
    const current = await db.objectives.get(id)
    if (!current) throw new Error(`No objective ${id}`)
    const next = clean({ ...current, ...changes, id, projectId: current.projectId })
    const errors = validateObjective(next)
    if (!isValid(errors)) throw new PlanValidationError(errors)
    await db.objectives.put(next)
    return next
  })
}
