import type { ReflectionAnswer, ReflectionQuestion } from '@/domain/model'
import { answerForm } from '@/domain/records/answer'
import { useReflectionStore } from '@/stores/reflection'
import { useForm } from './useForm'

/**
 * The form of one answer of the reflection. The question's own screen and the summary share its draft, so what was
 * typed on one is found on the other. `save` gets the answer's text and the answer as the form first saw it
 * (`null`: there was none), to refuse an answer written elsewhere since.
 */
export function useAnswerForm(
  question: ReflectionQuestion,
  projectId: string,
  options: { inputId?: string; autofocus?: boolean; save: (text: string, expected: ReflectionAnswer | null) => Promise<unknown> },
) {
  const reflection = useReflectionStore()
  return useForm({
    id: `reflection:${projectId}:${question}`,
    idPrefix: 'answer',
    ids: { text: options.inputId ?? `answer-${question}` },
    mapping: answerForm,
    record: reflection.answerTo(question),
    autofocus: options.autofocus,
    save: (answer, expected) => options.save(answer.text, expected ?? null),
  })
}
