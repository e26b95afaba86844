/**
 * "It is done" on a deadline that protects the person (issue 16, item 1): the app asks what was done and when, and
 * writes it on the record itself, checked as that record's own form checks it. A one-tap mark could silence an
 * appeal that was never lodged; a date on the record is what the rules read.
 *
 * - `appeal-deadline`: the decision's `appealLodgedOn` ("I lodged my appeal on…");
 * - `hearing-right`: the notice's `hearingAskedOn` or `hearingHeldOn` ("I asked to be heard" / "I was heard");
 * - `meeting-due`: the request's `meetingOn`, held ("the meeting took place on…");
 * - `cooling-off-ends`, `isip-due`: the contract's `signedBy.me` ("I signed my contract on…").
 */
import { unsaved, type FormMapping } from '../forms'
import type { Contract, Decision, MeetingRequest, Notice } from '../model'
import { DONE_ASKS_KINDS } from '../rules/types'
import type { RecordKind, Rule } from '../validation'
import { contractKind } from './contract'
import { decisionKind, noticeKind } from './letters'
import { meetingRequestKind } from './meeting-request'

export { DONE_ASKS_KINDS }
export type DoneAsksKind = (typeof DONE_ASKS_KINDS)[number]

/** What the person answers: what was done (the hearing: asked or held), and on which day. */
export type DoneValues = { what: string; on: string }

/** The record's kind, with the date the answer fills in now required. */
function requiring<T>(kind: RecordKind<T>, field: string, value: (record: T) => unknown): RecordKind<T> {
  const rule: Rule<T> = { field, needs: [], check: (record) => (value(record) === undefined ? 'required' : undefined) }
  return { ...kind, rules: [rule, ...(kind.rules ?? [])] }
}

/** Every error of the record is the answer's date: it is the one thing this form writes. */
const toDate = () => 'on'

export const appealDoneForm: FormMapping<Decision, DoneValues> = {
  kind: requiring(decisionKind, 'appealLodgedOn', (d) => d.appealLodgedOn),
  blank: () => unsaved<Decision>({ kind: 'grant', decidedOn: '' }),
  toForm: () => ({ what: 'appeal-lodged', on: '' }),
  fromForm: (values, base) => ({ ...base, appealLodgedOn: values.on }),
  field: toDate,
}

export const HEARING_DONE = ['hearing-asked', 'hearing-held'] as const

export const hearingDoneForm: FormMapping<Notice, DoneValues> = {
  kind: requiring(noticeKind, 'hearingAskedOn', (n) => n.hearingAskedOn ?? n.hearingHeldOn),
  blank: () => unsaved<Notice>({ receivedOn: '' }),
  toForm: () => ({ what: 'hearing-asked', on: '' }),
  fromForm: (values, base) => (values.what === 'hearing-held' ? { ...base, hearingHeldOn: values.on } : { ...base, hearingAskedOn: values.on }),
  field: toDate,
}

export const meetingDoneForm: FormMapping<MeetingRequest, DoneValues> = {
  kind: requiring(meetingRequestKind, 'meetingOn', (r) => r.meetingOn),
  blank: () => unsaved<MeetingRequest>({ askedOn: '', how: 'in_person' }),
  toForm: () => ({ what: 'meeting-held', on: '' }),
  fromForm: (values, base) => ({ ...base, meetingOn: values.on, held: true }),
  field: toDate,
}

export const signedDoneForm: FormMapping<Contract, DoneValues> = {
  kind: requiring(contractKind, 'signedBy.me', (c) => c.signedBy.me),
  blank: () => unsaved<Contract>({ signedBy: {} }),
  toForm: () => ({ what: 'signed', on: '' }),
  fromForm: (values, base) => ({ ...base, signedBy: { ...base.signedBy, me: values.on } }),
  field: toDate,
}
