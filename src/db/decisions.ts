import type { Decision } from '@/domain/model'
import { checkDecision } from '@/domain/records-validation'
import { newestFirst, recordRepository, type RecordInput } from './records'

export type NewDecision = RecordInput<Decision>

/** Decisions and letters of the PCSW, latest first (by the decision's date). */
const repository = recordRepository<Decision>(
  'decisions',
  (d, today) => checkDecision({ decidedOn: d.decidedOn, notifiedOn: d.notifiedOn, appealLodgedOn: d.appealLodgedOn }, today),
  newestFirst((d) => d.decidedOn ?? d.notifiedOn),
)

export const listDecisions = repository.list
export const addDecision = repository.add
export const updateDecision = repository.update
export const removeDecision = repository.remove
