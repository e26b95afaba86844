import type { Decision, Evaluation, MeetingRequest, Move, Notice, Trip } from '@/domain/model'
import { evaluationKind } from '@/domain/records/evaluation'
import { decisionKind, noticeKind } from '@/domain/records/letters'
import { meetingRequestKind } from '@/domain/records/meeting-request'
import { moveKind } from '@/domain/records/move'
import { tripKind } from '@/domain/records/trip'
import { projectRecords } from './repository'

/** Meetings the person asked the PCSW for, latest request first. */
export const meetingRequests = projectRecords<MeetingRequest>('meetingRequests', meetingRequestKind)
/** Evaluations of the ISIP, planned and held, latest first (by the day held, else the day planned). */
export const evaluations = projectRecords<Evaluation>('evaluations', evaluationKind)
/** Decisions and letters of the PCSW, latest first (by the decision's date). */
export const decisions = projectRecords<Decision>('decisions', decisionKind)
/** Formal notices (mise en demeure / aanmaning), latest first. */
export const notices = projectRecords<Notice>('notices', noticeKind)
/** Moves to another municipality, latest first. */
export const moves = projectRecords<Move>('moves', moveKind)
/** Trips abroad, latest departure first. */
export const trips = projectRecords<Trip>('trips', tripKind)
