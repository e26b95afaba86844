import type { MeetingRequest } from '@/domain/model'
import { checkMeeting } from '@/domain/records-validation'
import { newestFirst, recordRepository, type RecordInput } from './records'

export type NewMeetingRequest = RecordInput<MeetingRequest>

/** Meetings the person asked the PCSW for, latest request first. */
const repository = recordRepository<MeetingRequest>(
  'meetingRequests',
  (r, today) => checkMeeting({ askedOn: r.askedOn, meetingOn: r.meetingOn, held: r.held === true ? 'yes' : '' }, today),
  newestFirst((r) => r.askedOn),
)

export const listMeetingRequests = repository.list
export const addMeetingRequest = repository.add
export const updateMeetingRequest = repository.update
export const removeMeetingRequest = repository.remove
