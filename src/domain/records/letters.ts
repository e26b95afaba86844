import * as v from 'valibot'
import { textOf, unsaved, type FormMapping } from '../forms'
import type { Decision, DecisionKind, Notice } from '../model'
import { newestFirst } from '../order'
import { id, note, notBefore, oneOf, pastDate, type RecordKind, type Rule } from '../validation'

export const DECISION_KINDS = ['acknowledgement', 'grant', 'refusal', 'sanction', 'other'] as const satisfies readonly DecisionKind[]

/**
 * A decision or letter of the PCSW: its date is required and nothing is in the future; the notification not before
 * the decision; an appeal not before the notification (nor the decision). An acknowledgement of receipt carries
 * only the date of the request.
 */
export const decisionKind: RecordKind<Decision> = {
  schema: ({ today }) =>
    v.object({
      id,
      projectId: id,
      kind: oneOf(DECISION_KINDS),
      decidedOn: pastDate(today),
      notifiedOn: v.optional(pastDate(today)),
      summary: note(),
      appealLodgedOn: v.optional(pastDate(today)),
    }),
  rules: [
    notBefore('notifiedOn', 'decidedOn', 'before_decision'),
    notBefore('appealLodgedOn', 'notifiedOn', 'before_notification'),
    notBefore('appealLodgedOn', 'decidedOn', 'before_decision'),
  ],
  normalise: (d) => {
    if (d.kind !== 'acknowledgement') return d
    const { notifiedOn: _notified, appealLodgedOn: _appeal, ...rest } = d
    return rest
  },
  order: newestFirst((d) => d.decidedOn ?? d.notifiedOn),
}

/** A formal notice: received on a real date, not in the future; a hearing asked or held not before it, nor in the future. */
export const noticeKind: RecordKind<Notice> = {
  schema: ({ today }) =>
    v.object({
      id,
      projectId: id,
      receivedOn: pastDate(today),
      hearingAskedOn: v.optional(pastDate(today)),
      hearingHeldOn: v.optional(pastDate(today)),
      outcome: note(),
      summary: note(),
    }),
  rules: [notBefore('hearingAskedOn', 'receivedOn', 'before_notice'), notBefore('hearingHeldOn', 'receivedOn', 'before_notice')],
  order: newestFirst((n) => n.receivedOn),
}

/** One form for every letter of the PCSW: `kind` is a decision's kind, or `notice`. */
const LETTER_FIELDS = ['decidedOn', 'notifiedOn', 'appealLodgedOn', 'summary', 'receivedOn', 'hearingAskedOn', 'hearingHeldOn', 'outcome'] as const
export type LetterValues = Record<(typeof LETTER_FIELDS)[number] | 'kind', string>

export const decisionForm: FormMapping<Decision, LetterValues> = {
  kind: decisionKind,
  blank: () => unsaved<Decision>({ kind: 'grant', decidedOn: '' }),
  toForm: (d) => ({ ...textOf<Partial<Decision & Notice>, (typeof LETTER_FIELDS)[number]>(d, LETTER_FIELDS), kind: d?.kind ?? 'grant' }),
  fromForm: (values, base) => ({
    ...base,
    kind: values.kind as DecisionKind,
    decidedOn: values.decidedOn,
    notifiedOn: values.notifiedOn,
    appealLodgedOn: values.appealLodgedOn,
    summary: values.summary,
  }),
}

export const noticeForm: FormMapping<Notice, LetterValues> = {
  kind: noticeKind,
  blank: () => unsaved<Notice>({ receivedOn: '' }),
  toForm: (n) => ({ ...textOf<Partial<Decision & Notice>, (typeof LETTER_FIELDS)[number]>(n, LETTER_FIELDS), kind: 'notice' }),
  fromForm: (values, base) => ({
    ...base,
    receivedOn: values.receivedOn,
    hearingAskedOn: values.hearingAskedOn,
    hearingHeldOn: values.hearingHeldOn,
    summary: values.summary,
    outcome: values.outcome,
  }),
}

/** A letter of the PCSW as one form edits it: a decision (it has a `kind`), or a formal notice. */
export type LetterRecord = Decision | Notice
export const isNotice = (letter: unknown): letter is Notice => typeof letter === 'object' && letter !== null && !('kind' in letter)

const only = <T extends LetterRecord>(is: (l: LetterRecord) => boolean, rules: readonly Rule<T>[]): Rule<LetterRecord>[] =>
  rules.map((rule) => ({ ...rule, check: (record, context) => (is(record) ? rule.check(record as T, context) : undefined) }))

/** The checks of whichever letter it is. */
export const letterKind: RecordKind<LetterRecord> = {
  schema: (context) => v.lazy((input) => (isNotice(input) ? noticeKind.schema(context) : decisionKind.schema(context))),
  rules: [...only((l) => !isNotice(l), decisionKind.rules ?? []), ...only(isNotice, noticeKind.rules ?? [])],
  normalise: (letter) => (isNotice(letter) ? letter : (decisionKind.normalise?.(letter) ?? letter)),
}

/** The letter form: its `kind` says which record it describes. */
export const letterForm: FormMapping<LetterRecord, LetterValues> = {
  kind: letterKind,
  blank: () => unsaved<Decision>({ kind: 'grant', decidedOn: '' }),
  toForm: (letter) => (isNotice(letter) ? noticeForm.toForm(letter) : decisionForm.toForm(letter)),
  fromForm: (values, base) => {
    if (values.kind !== 'notice') return decisionForm.fromForm(values, isNotice(base) ? { id: base.id, projectId: base.projectId, kind: 'grant' } : base)
    const { id, projectId } = base
    return noticeForm.fromForm(values, isNotice(base) ? base : { id, projectId, receivedOn: '' })
  },
}
