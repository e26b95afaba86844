import type { Move } from '@/domain/model'
import { checkMove } from '@/domain/records-validation'
import { newestFirst, recordRepository, type RecordInput } from './records'

export type NewMove = RecordInput<Move>

/** Moves to another municipality, latest first. */
const repository = recordRepository<Move>(
  'moves',
  (m, today) => checkMove({ movedOn: m.movedOn, municipality: m.municipality }, today),
  newestFirst((m) => m.movedOn),
)

export const listMoves = repository.list
export const addMove = repository.add
export const updateMove = repository.update
export const removeMove = repository.remove
