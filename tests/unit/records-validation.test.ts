import { describe, expect, it } from 'vitest'
import {
  checkAmendment,
  checkContract,
  checkDecision,
  checkEvaluation,
  checkMeeting,
  checkMove,
  checkNotice,
  checkProjectDates,
  checkTrip,
  firstError,
} from '@/domain/records-validation'

const today = '2026-03-10'

describe('contract', () => {
  it('accepts a draft, a signature five days later and a twelve-month duration', () => {
    expect(checkContract({ draftReceivedOn: '2026-02-02', signedOn: '2026-02-09', signedByMe: '2026-02-09', durationMonths: '12' }, today)).toEqual({})
  })

  it('refuses a signature before the draft was handed over', () => {
    expect(checkContract({ draftReceivedOn: '2026-02-02', signedOn: '2026-02-01' }, today)).toEqual({ signedOn: 'before_draft' })
    expect(checkContract({ draftReceivedOn: '2026-02-02', signedByPcsw: '2026-01-30' }, today)).toEqual({ signedByPcsw: 'before_draft' })
  })

  it('refuses a date that does not exist and a signature still to come', () => {
    expect(checkContract({ draftReceivedOn: '2026-02-30', signedByMe: '2026-03-11' }, today)).toEqual({ draftReceivedOn: 'invalid', signedByMe: 'future' })
  })

  it('refuses a duration that is not a whole number of months, and an end before the signature', () => {
    expect(checkContract({ signedOn: '2026-02-09', durationMonths: '1.5', endsOn: '2026-02-01' }, today)).toEqual({
      durationMonths: 'not_a_duration',
      endsOn: 'before_signature',
    })
    expect(checkContract({ signedByMe: '2026-02-09', durationMonths: '0' }, today)).toEqual({ durationMonths: 'not_a_duration' })
  })

  it('needs at least one date: the draft or a signature', () => {
    expect(checkContract({ durationMonths: '12' }, today)).toEqual({ draftReceivedOn: 'required' })
    expect(checkContract({ signedByPcsw: '2026-02-09' }, today)).toEqual({})
  })

  it('checks the end against my signature when the contract date is left empty', () => {
    expect(checkContract({ signedOn: '', signedByMe: '2026-02-09', endsOn: '2026-02-08' }, today)).toEqual({ endsOn: 'before_signature' })
  })
})

describe('amendment', () => {
  it('needs a date not before the signature and a description of the change', () => {
    expect(checkAmendment({ agreedOn: '2026-02-01', change: '' }, '2026-02-09', today)).toEqual({ agreedOn: 'before_signature', change: 'required' })
    expect(checkAmendment({ agreedOn: '2026-03-01', change: 'Training moved to April' }, '2026-02-09', today)).toEqual({})
  })
})

describe('meeting request', () => {
  it('refuses a meeting date before the request, and a request in the future', () => {
    expect(checkMeeting({ askedOn: '2026-03-06', meetingOn: '2026-03-05' }, today)).toEqual({ meetingOn: 'before_request' })
    expect(checkMeeting({ askedOn: '2026-03-12' }, today)).toEqual({ askedOn: 'future' })
  })

  it('refuses "held" for a meeting whose day has not come', () => {
    expect(checkMeeting({ askedOn: '2026-03-06', meetingOn: '2026-03-12', held: 'yes' }, today)).toEqual({ held: 'held_in_future' })
    expect(checkMeeting({ askedOn: '2026-03-06', meetingOn: '2026-03-12', held: '' }, today)).toEqual({})
  })

  it('needs the date of the request', () => {
    expect(checkMeeting({ askedOn: ' ' }, today)).toEqual({ askedOn: 'required' })
  })
})

describe('evaluation', () => {
  it('refuses an evaluation held in the future', () => {
    expect(checkEvaluation({ heldOn: '2026-03-11' }, today)).toEqual({ heldOn: 'held_in_future' })
  })

  it('accepts one planned in the future, or held today', () => {
    expect(checkEvaluation({ plannedOn: '2026-05-01' }, today)).toEqual({})
    expect(checkEvaluation({ heldOn: today }, today)).toEqual({})
  })

  it('needs at least one date, and real ones', () => {
    expect(checkEvaluation({}, today)).toEqual({ plannedOn: 'required' })
    expect(checkEvaluation({ heldOn: '2026-02-29' }, today)).toEqual({ heldOn: 'invalid' })
  })
})

describe('decision', () => {
  it('refuses a notification before its decision', () => {
    expect(checkDecision({ decidedOn: '2026-02-10', notifiedOn: '2026-02-09' }, today)).toEqual({ notifiedOn: 'before_decision' })
  })

  it('refuses an appeal before the notification', () => {
    expect(checkDecision({ decidedOn: '2026-02-01', notifiedOn: '2026-02-10', appealLodgedOn: '2026-02-05' }, today)).toEqual({ appealLodgedOn: 'before_notification' })
  })

  it('needs the decision date and refuses one still to come', () => {
    expect(checkDecision({}, today)).toEqual({ decidedOn: 'required' })
    expect(checkDecision({ decidedOn: '2026-04-01' }, today)).toEqual({ decidedOn: 'future' })
  })
})

describe('formal notice', () => {
  it('refuses a hearing before the notice was received', () => {
    expect(checkNotice({ receivedOn: '2026-03-02', hearingAskedOn: '2026-03-01', hearingHeldOn: '2026-02-27' }, today)).toEqual({
      hearingAskedOn: 'before_notice',
      hearingHeldOn: 'before_notice',
    })
  })
})

describe('project dates', () => {
  it('keeps request, grant and notification in order', () => {
    expect(checkProjectDates({ requestedOn: '2026-01-10', grantedOn: '2026-01-05', grantNotifiedOn: '2026-01-04' }, today)).toEqual({
      grantedOn: 'before_request',
      grantNotifiedOn: 'before_decision',
    })
    expect(checkProjectDates({ requestedOn: '2026-01-10', grantedOn: '2026-02-05', grantNotifiedOn: '2026-02-09' }, today)).toEqual({})
  })
})

describe('moves and trips', () => {
  it('needs the new municipality and a real date for a move (it may be to come)', () => {
    expect(checkMove({ movedOn: '2026-04-01', municipality: '' }, today)).toEqual({ municipality: 'required' })
    expect(checkMove({ movedOn: '2026-04-31', municipality: 'Mons' }, today)).toEqual({ movedOn: 'invalid' })
  })

  it('refuses a return before the departure', () => {
    expect(checkTrip({ leavesOn: '2026-07-10', returnsOn: '2026-07-01' }, today)).toEqual({ returnsOn: 'before_departure' })
    expect(checkTrip({ leavesOn: '2026-07-10', returnsOn: '2026-07-20', announcedOn: '2026-03-01' }, today)).toEqual({})
  })
})

describe('firstError', () => {
  it('names the first field in error in screen order', () => {
    expect(firstError({ notifiedOn: 'before_decision', decidedOn: 'required' }, ['decidedOn', 'notifiedOn'])).toBe('decidedOn')
    expect(firstError({}, ['decidedOn'])).toBeUndefined()
  })
})
