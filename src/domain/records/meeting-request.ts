import * as v from 'valibot'
import { textOf, unsaved, yesNoText, yesNoValue, type FormMapping } from '../forms'
import { isValidIsoDate } from '../iso-date'
import type { MeetingRequest } from '../model'
import { newestFirst } from '../order'
import { date, id, note, notBefore, oneOf, pastDate, type RecordKind } from '../validation'

export const MEETING_HOW = ['in_person', 'phone', 'letter', 'email', 'other'] as const satisfies readonly MeetingRequest['how'][]

/**
 * A meeting request: asked on a real date, not in the future; the meeting not before the request; held only once
 * its day has come.
 */
export const meetingRequestKind: RecordKind<MeetingRequest> = {
  schema: ({ today }) =>
    v.object({
      id,
      projectId: id,
      askedOn: pastDate(today),
      how: oneOf(MEETING_HOW),
      about: note(),
      meetingOn: v.optional(date(today)),
      held: v.optional(v.boolean('invalid')),
    }),
  rules: [
    notBefore('meetingOn', 'askedOn', 'before_request'),
    {
      field: 'held',
      needs: ['meetingOn'],
      check: (r, { today }) => (r.held === true && isValidIsoDate(r.meetingOn) && r.meetingOn > today ? 'held_in_future' : undefined),
    },
  ],
  order: newestFirst((r) => r.askedOn),
}

/** "I asked for a meeting": on which day, how, about what. */
export const meetingRequestForm: FormMapping<MeetingRequest, { askedOn: string; how: string; about: string }> = {
  kind: meetingRequestKind,
  blank: () => unsaved<MeetingRequest>({ askedOn: '', how: 'in_person' }),
  toForm: (r) => ({ ...textOf(r, ['askedOn', 'about'] as const), how: r?.how ?? 'in_person' }),
  fromForm: (values, base) => ({ ...base, ...values, how: values.how as MeetingRequest['how'] }),
}

/** What became of a request: the date given, held or not. */
export const meetingOutcomeForm: FormMapping<MeetingRequest, { meetingOn: string; held: string }> = {
  kind: meetingRequestKind,
  blank: () => unsaved<MeetingRequest>({ askedOn: '', how: 'in_person' }),
  toForm: (r) => ({ meetingOn: r?.meetingOn ?? '', held: yesNoText(r?.held) }),
  fromForm: (values, base) => ({ ...base, meetingOn: values.meetingOn, held: yesNoValue(values.held) }),
}
