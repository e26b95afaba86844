import type { Evaluation } from '@/domain/model'
import { checkEvaluation } from '@/domain/records-validation'
import { newestFirst, recordRepository, type RecordInput } from './records'

export type NewEvaluation = RecordInput<Evaluation>

/** Evaluations of the ISIP, planned and held, latest first (by the day held, else the day planned). */
const repository = recordRepository<Evaluation>(
  'evaluations',
  (e, today) => checkEvaluation({ plannedOn: e.plannedOn, heldOn: e.heldOn }, today),
  newestFirst((e) => e.heldOn ?? e.plannedOn),
)

export const listEvaluations = repository.list
export const addEvaluation = repository.add
export const updateEvaluation = repository.update
export const removeEvaluation = repository.remove
