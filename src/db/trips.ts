import type { Trip } from '@/domain/model'
import { checkTrip } from '@/domain/records-validation'
import { newestFirst, recordRepository, type RecordInput } from './records'

export type NewTrip = RecordInput<Trip>

/** Trips abroad, latest departure first. */
const repository = recordRepository<Trip>(
  'trips',
  (t, today) => checkTrip({ leavesOn: t.leavesOn, returnsOn: t.returnsOn, announcedOn: t.announcedOn }, today),
  newestFirst((t) => t.leavesOn),
)

export const listTrips = repository.list
export const addTrip = repository.add
export const updateTrip = repository.update
export const removeTrip = repository.remove
