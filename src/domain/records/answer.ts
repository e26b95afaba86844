import * as v from 'valibot'
import { ME, unsaved, UNSAVED_ID, type FormMapping } from '../forms'
import { REFLECTION_QUESTIONS, type ReflectionAnswer } from '../model'
import { author, edits, id, LIMITS, oneOf, tidy, type RecordKind } from '../validation'

/** One answer of the reflection, in the person's words; an empty one is kept as skipped. */
export const answerKind: RecordKind<ReflectionAnswer> = {
  schema: ({ today }) =>
    v.object({
      id,
      projectId: id,
      question: oneOf(REFLECTION_QUESTIONS, 'invalid'),
      text: v.pipe(v.string('invalid'), v.maxLength(LIMITS.answer, 'too_long')),
      author,
      edits: edits(today),
      updatedAt: id,
      skipped: v.optional(v.boolean('invalid')),
    }),
  // An emptied answer stays, as skipped: its text is empty, not missing.
  normalise: (answer) => ({ ...answer, text: answer.text ?? '' }),
  order: (a, b) => REFLECTION_QUESTIONS.indexOf(a.question) - REFLECTION_QUESTIONS.indexOf(b.question),
}

export const answerForm: FormMapping<ReflectionAnswer, { text: string }> = {
  kind: answerKind,
  blank: () => unsaved<ReflectionAnswer>({ question: 'needs', text: '', author: ME, updatedAt: UNSAVED_ID }),
  toForm: (a) => ({ text: a?.text ?? '' }),
  fromForm: (values, base) => ({ ...base, text: tidy(values.text) }),
}
