import { describe, expect, it } from 'vitest'
import { checkForm, type FormMapping, type FormValues } from '@/domain/forms'
import type { Contract, Objective, Step } from '@/domain/model'
import { amendmentForm, contractForm, mergeSigned, type ContractValues } from '@/domain/records/contract'
import { commitmentKind, partnerKind } from '@/domain/records/commitment'
import { evaluationForm } from '@/domain/records/evaluation'
import { decisionForm, decisionKind, noticeForm } from '@/domain/records/letters'
import { meetingOutcomeForm, meetingRequestForm, meetingRequestKind } from '@/domain/records/meeting-request'
import { moveForm } from '@/domain/records/move'
import { agreementStands, objectiveAgreementForm, objectiveKind } from '@/domain/records/objective'
import { blankProject, projectDatesForm, projectStartForm } from '@/domain/records/project'
import { stepKind } from '@/domain/records/step'
import { tripForm } from '@/domain/records/trip'
import { checkRecord, prepare, type CheckContext, type RecordKind } from '@/domain/validation'

const today = '2026-03-10'
const ctx = { today }

/** A form's errors for some typed values (the others as a new form has them), over `base` (by default a blank record). */
function formErrors<R, V extends FormValues, C extends CheckContext = CheckContext>(mapping: FormMapping<R, V, C>, values: Partial<V>, base?: R, context = ctx as C) {
  return checkForm(mapping, { ...mapping.toForm(undefined), ...values }, base ?? mapping.blank(context), context)
}
/** A record's errors, prepared as a repository prepares it. */
const recordErrors = <T>(kind: RecordKind<T>, record: T) => checkRecord(kind, prepare(kind, record), ctx)

const noContract: Contract = { id: 'new', projectId: 'new', signedBy: {} }
const signedOn = (date: string): Contract => ({ ...noContract, signedOn: date })

describe('contract', () => {
  const errors = (values: Partial<ContractValues>, base = noContract) => formErrors(contractForm, values, base)

  it('accepts a draft, a signature five days later and a twelve-month duration', () => {
    expect(errors({ draftReceivedOn: '2026-02-02', signedByMe: '2026-02-09', durationMonths: '12' }, signedOn('2026-02-09'))).toEqual({})
  })

  it('refuses a signature before the draft was handed over', () => {
    expect(formErrors(contractForm, { draftReceivedOn: '2026-02-02' }, signedOn('2026-02-01'))).toEqual({ signedOn: 'before_draft' })
    expect(errors({ draftReceivedOn: '2026-02-02', signedByPcsw: '2026-01-30' })).toEqual({ signedByPcsw: 'before_draft' })
  })

  it('refuses a date that does not exist and a signature still to come', () => {
    expect(errors({ draftReceivedOn: '2026-02-30', signedByMe: '2026-03-11' })).toEqual({ draftReceivedOn: 'date_invalid', signedByMe: 'future' })
  })

  it('refuses a duration that is not a whole number of months, and an end before the signature', () => {
    expect(errors({ durationMonths: '1.5', endsOn: '2026-02-01' }, signedOn('2026-02-09'))).toEqual({
      durationMonths: 'not_a_duration',
      endsOn: 'before_signature',
    })
    expect(errors({ signedByMe: '2026-02-09', durationMonths: '0' })).toEqual({ durationMonths: 'not_a_duration' })
    expect(errors({ signedByMe: '2026-02-09', durationMonths: 'twelve' })).toEqual({ durationMonths: 'not_a_duration' })
  })

  it('needs at least one date: the draft or a signature', () => {
    expect(errors({ durationMonths: '12' })).toEqual({ draftReceivedOn: 'required' })
    expect(errors({ signedByPcsw: '2026-02-09' })).toEqual({})
  })

  it('checks the end against my signature when the contract date is left empty', () => {
    expect(errors({ signedByMe: '2026-02-09', endsOn: '2026-02-08' })).toEqual({ endsOn: 'before_signature' })
  })

  it('once signed, lets an empty detail be filled in but names every set detail that would change or be cleared', () => {
    const current: Contract = { id: 'c', projectId: 'p', draftReceivedOn: '2026-02-02', signedOn: '2026-02-09', signedBy: { me: '2026-02-09' } }
    const later = mergeSigned(current, { ...current, signedBy: { me: '2026-02-09', pcsw: '2026-02-10' }, durationMonths: 12 }, '2026-03-01')
    expect(later).toEqual({ merged: { ...current, signedBy: { me: '2026-02-09', pcsw: '2026-02-10' }, durationMonths: 12 }, errors: {} })
    const changed = mergeSigned(current, { id: 'c', projectId: 'p', signedOn: '2026-02-11', signedBy: {} }, '2026-03-01')
    expect(changed.errors).toEqual({ draftReceivedOn: 'signed', signedOn: 'signed', 'signedBy.me': 'signed' })
  })

  it('once signed, lets a detail written today be corrected or cleared today, and not the day after', () => {
    const current: Contract = { id: 'c', projectId: 'p', draftReceivedOn: '2026-02-02', signedBy: { me: '2026-02-19' }, recordedOn: { draftReceivedOn: '2026-02-02', 'signedBy.me': '2026-02-20' } }
    const typo = mergeSigned(current, { ...current, signedBy: { me: '2026-02-09' } }, '2026-02-20')
    expect(typo.errors).toEqual({})
    expect(typo.merged.signedBy.me).toBe('2026-02-09')
    expect(mergeSigned(current, { ...current, signedBy: {} }, '2026-02-20').merged.signedBy.me).toBeUndefined()
    expect(mergeSigned(current, { ...current, signedBy: { me: '2026-02-09' } }, '2026-02-21').errors).toEqual({ 'signedBy.me': 'signed' })
    // The draft's date was written on another day: it stays.
    expect(mergeSigned(current, { ...current, draftReceivedOn: '2026-02-03' }, '2026-02-20').errors).toEqual({ draftReceivedOn: 'signed' })
  })
})

describe('amendment', () => {
  it('needs a date not before the signature and a description of the change', () => {
    const errors = (values: Record<string, string>) => formErrors(amendmentForm, values, undefined, { today, signedOn: '2026-02-09' })
    expect(errors({ agreedOn: '2026-02-01', change: '' })).toEqual({ agreedOn: 'before_signature', change: 'required' })
    expect(errors({ agreedOn: '2026-03-01', change: 'Training moved to April' })).toEqual({})
    expect(errors({ agreedOn: '2026-02-31', change: 'x' })).toEqual({ agreedOn: 'date_invalid' })
  })
})

describe('meeting request', () => {
  const base = { id: 'new', projectId: 'new', askedOn: '', how: 'phone' as const }
  it('refuses a meeting date before the request, and a request in the future', () => {
    expect(formErrors(meetingOutcomeForm, { meetingOn: '2026-03-05' }, { ...base, askedOn: '2026-03-06' })).toEqual({ meetingOn: 'before_request' })
    expect(formErrors(meetingRequestForm, { askedOn: '2026-03-12' }, base)).toEqual({ askedOn: 'future' })
  })

  it('refuses "held" for a meeting whose day has not come', () => {
    const asked = { ...base, askedOn: '2026-03-06' }
    expect(formErrors(meetingOutcomeForm, { meetingOn: '2026-03-12', held: 'yes' }, asked)).toEqual({ held: 'held_in_future' })
    expect(formErrors(meetingOutcomeForm, { meetingOn: '2026-03-12', held: '' }, asked)).toEqual({})
  })

  it('needs the date of the request, and a way it was asked that the app knows', () => {
    expect(formErrors(meetingRequestForm, { askedOn: ' ' }, base)).toEqual({ askedOn: 'required' })
    expect(recordErrors(meetingRequestKind, { ...base, askedOn: '2026-03-06', how: 'fax' as never })).toEqual({ how: 'choice_required' })
  })
})

describe('evaluation', () => {
  const base = { id: 'new', projectId: 'new' }
  it('refuses an evaluation held in the future', () => {
    expect(formErrors(evaluationForm, { heldOn: '2026-03-11' }, base)).toEqual({ heldOn: 'held_in_future' })
  })

  it('accepts one planned in the future, or held today', () => {
    expect(formErrors(evaluationForm, { plannedOn: '2026-05-01' }, base)).toEqual({})
    expect(formErrors(evaluationForm, { heldOn: today }, base)).toEqual({})
  })

  it('needs at least one date, and real ones', () => {
    expect(formErrors(evaluationForm, {}, base)).toEqual({ plannedOn: 'required' })
    expect(formErrors(evaluationForm, { heldOn: '2026-02-29' }, base)).toEqual({ heldOn: 'date_invalid' })
  })
})

describe('decision', () => {
  const base = { id: 'new', projectId: 'new', kind: 'grant' as const }
  const errors = (values: Record<string, string>) => formErrors(decisionForm, values, base)
  it('refuses a notification before its decision', () => {
    expect(errors({ decidedOn: '2026-02-10', notifiedOn: '2026-02-09' })).toEqual({ notifiedOn: 'before_decision' })
  })

  it('refuses an appeal before the notification', () => {
    expect(errors({ decidedOn: '2026-02-01', notifiedOn: '2026-02-10', appealLodgedOn: '2026-02-05' })).toEqual({ appealLodgedOn: 'before_notification' })
  })

  it('needs the decision date and refuses one still to come', () => {
    expect(errors({})).toEqual({ decidedOn: 'required' })
    expect(errors({ decidedOn: '2026-04-01' })).toEqual({ decidedOn: 'future' })
  })

  it('keeps only the date of the request on an acknowledgement of receipt', () => {
    const ack = prepare(decisionKind, { ...base, kind: 'acknowledgement', decidedOn: '2026-01-05', notifiedOn: '2025-01-01', appealLodgedOn: 'x' })
    expect(ack).toEqual({ id: 'new', projectId: 'new', kind: 'acknowledgement', decidedOn: '2026-01-05' })
    expect(checkRecord(decisionKind, ack, ctx)).toEqual({})
  })
})

describe('formal notice', () => {
  it('refuses a hearing before the notice was received', () => {
    const errors = formErrors(noticeForm, { receivedOn: '2026-03-02', hearingAskedOn: '2026-03-01', hearingHeldOn: '2026-02-27' }, { id: 'new', projectId: 'new', receivedOn: '' })
    expect(errors).toEqual({ hearingAskedOn: 'before_notice', hearingHeldOn: 'before_notice' })
  })
})

describe('project', () => {
  it('keeps request, grant and notification in order', () => {
    expect(formErrors(projectDatesForm, { requestedOn: '2026-01-10', grantedOn: '2026-01-05', grantNotifiedOn: '2026-01-04' }, blankProject())).toMatchObject({
      grantedOn: 'before_request',
      grantNotifiedOn: 'before_decision',
    })
    const named = { ...blankProject(), pcsw: { name: 'CPAS', municipality: 'Mons' } }
    expect(formErrors(projectDatesForm, { requestedOn: '2026-01-10', grantedOn: '2026-02-05', grantNotifiedOn: '2026-02-09' }, named)).toEqual({})
  })

  it('needs the name of the PCSW and its municipality, on the start form’s own fields', () => {
    expect(formErrors(projectStartForm, { pcswName: ' ', socialWorker: 'Mme Dubois' }, blankProject())).toEqual({
      pcswName: 'text_required',
      municipality: 'text_required',
    })
  })
})

describe('moves and trips', () => {
  it('needs the new municipality and a real date for a move (it may be to come)', () => {
    const base = { id: 'new', projectId: 'new', movedOn: '', municipality: '' }
    expect(formErrors(moveForm, { movedOn: '2026-04-01', municipality: '' }, base)).toEqual({ municipality: 'required' })
    expect(formErrors(moveForm, { movedOn: '2026-04-31', municipality: 'Mons' }, base)).toEqual({ movedOn: 'date_invalid' })
  })

  it('refuses a return before the departure', () => {
    const base = { id: 'new', projectId: 'new', leavesOn: '' }
    expect(formErrors(tripForm, { leavesOn: '2026-07-10', returnsOn: '2026-07-01' }, base)).toEqual({ returnsOn: 'before_departure' })
    expect(formErrors(tripForm, { leavesOn: '2026-07-10', returnsOn: '2026-07-20', announcedOn: '2026-03-01' }, base)).toEqual({})
  })
})

const me = { role: 'me' as const }
const step = (over: Partial<Step> = {}): Step => ({ id: 's', projectId: 'p', title: 'Call the bank', who: 'me', status: 'todo', createdOn: '2026-03-01', author: me, order: 0, ...over })

describe('steps of the plan', () => {
  it('refuses a step done before it was written down, in the future, without a date or on a date that does not exist', () => {
    expect(recordErrors(stepKind, step({ status: 'done', doneOn: '2026-02-28' }))).toEqual({ doneOn: 'done_before_created' })
    expect(recordErrors(stepKind, step({ status: 'done', doneOn: '2026-03-11' }))).toEqual({ doneOn: 'done_in_future' })
    expect(recordErrors(stepKind, step({ status: 'done', doneOn: '' }))).toEqual({ doneOn: 'done_on_required' })
    expect(recordErrors(stepKind, step({ status: 'done', doneOn: '2026-02-30' }))).toEqual({ doneOn: 'date_invalid' })
  })

  it('accepts a step done on the day it was written down, and one done today', () => {
    expect(recordErrors(stepKind, step({ status: 'done', doneOn: '2026-03-01' }))).toEqual({})
    expect(recordErrors(stepKind, step({ status: 'done', doneOn: today }))).toEqual({})
  })

  it('checks "done on" only for a done step, and keeps it only there', () => {
    expect(recordErrors(stepKind, step({ status: 'todo', doneOn: '1999-01-01' }))).toEqual({})
    expect(prepare(stepKind, step({ status: 'todo', doneOn: '1999-01-01', who: 'me', partnerId: 'x' }))).toEqual(step())
  })

  it('lists every field in error of a step at once', () => {
    expect(recordErrors(stepKind, step({ title: ' ', who: 'nobody' as never, dueDate: '2026-04-31' }))).toEqual({
      title: 'text_required',
      who: 'choice_required',
      dueDate: 'date_invalid',
    })
  })
})

describe('objectives, commitments and partners', () => {
  const objective = (over: Partial<Objective>): Objective => ({
    id: 'o', projectId: 'p', title: 'Pay my debts', domain: 'debt', aim: 'rid_of', status: 'open', author: me, createdOn: today, order: 0, ...over,
  })
  it('asks an objective for a title, a domain from the list and a real target date', () => {
    expect(recordErrors(objectiveKind, objective({ targetDate: '2026-12-31' }))).toEqual({})
    expect(recordErrors(objectiveKind, objective({ title: '', domain: 'money' as never, targetDate: '2026-06-31' }))).toEqual({
      title: 'text_required',
      domain: 'domain_required',
      targetDate: 'date_invalid',
    })
  })

  it('takes an agreement with an objective on a real day, not after today, and asks for the day', () => {
    expect(recordErrors(objectiveKind, objective({ agreedOn: '2026-03-10' }))).toEqual({})
    expect(recordErrors(objectiveKind, objective({ agreedOn: '2026-03-11' }))).toMatchObject({ agreedOn: expect.any(String) })
    expect(formErrors(objectiveAgreementForm, { agreedOn: '' }, objective({}))).toEqual({ agreedOn: 'required' })
    expect(formErrors(objectiveAgreementForm, { agreedOn: '2026-02-30' }, objective({}))).toEqual({ agreedOn: 'date_invalid' })
  })

  it('keeps an agreement when only the status changes or the words stay the same, and not when what it says changes', () => {
    const agreed = objective({ agreedOn: '2026-03-01', targetDate: '2026-12-31' })
    expect(agreementStands(agreed, { status: 'in_progress' })).toBe(true)
    expect(agreementStands(agreed, { title: ' Pay my debts ', targetDate: '2026-12-31' })).toBe(true)
    expect(agreementStands(agreed, { title: 'Pay half my debts' })).toBe(false)
    expect(agreementStands(agreed, { targetDate: '' })).toBe(false)
    expect(agreementStands(agreed, { domain: 'job' })).toBe(false)
    expect(agreementStands(objective({}), { status: 'open' })).toBe(false)
  })

  it('asks a commitment for words and a partner for a name', () => {
    expect(recordErrors(commitmentKind, { id: 'c', projectId: 'p', party: 'me', text: '', author: me, order: 0 })).toEqual({ text: 'text_required' })
    expect(recordErrors(partnerKind, { id: 'x', projectId: 'p', name: ' ' })).toEqual({ name: 'text_required' })
    expect(recordErrors(partnerKind, { id: 'x', projectId: 'p', name: 'Lire et Écrire' })).toEqual({})
  })

  it('keeps a status only on what the PCSW or a partner committed to, with its day not after today', () => {
    const pcsw = { id: 'c', projectId: 'p', party: 'pcsw' as const, text: 'Help', author: me, order: 0 }
    expect(recordErrors(commitmentKind, { ...pcsw, status: 'kept', statusOn: '2026-03-10' })).toEqual({})
    expect(recordErrors(commitmentKind, { ...pcsw, status: 'kept', statusOn: '2026-03-11' })).toMatchObject({ statusOn: expect.any(String) })
    expect(recordErrors(commitmentKind, { ...pcsw, status: 'done' as never })).toEqual({ status: 'invalid' })
    expect(prepare(commitmentKind, { ...pcsw, party: 'me', status: 'kept', statusOn: '2026-03-10' })).not.toHaveProperty('status')
    expect(prepare(commitmentKind, { ...pcsw, statusOn: '2026-03-10' })).not.toHaveProperty('statusOn')
  })
})
