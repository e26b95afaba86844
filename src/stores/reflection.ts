import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useProjectLiveQuery } from '@/composables/useLiveQuery'
import { listAnswers, readPosition, saveAnswer, skipQuestion, writePosition } from '@/db/reflections'
import type { ReflectionAnswer, ReflectionQuestion } from '@/domain/model'
import { answeredCount, type ReflectionPosition } from '@/domain/reflection-flow'
import { useClockStore } from './clock'
import { useCompanionStore } from './companion'
import { useProjectStore } from './project'

/** The guided reflection of the current project: its answers, and where the person left off. */
export const useReflectionStore = defineStore('reflection', () => {
  const projectStore = useProjectStore()
  const companion = useCompanionStore()
  const clock = useClockStore()
  const projectId = computed(() => projectStore.current?.id)
  const answersQuery = useProjectLiveQuery(projectId, listAnswers, [] as ReflectionAnswer[])
  const positionQuery = useProjectLiveQuery<ReflectionPosition>(projectId, readPosition, 'needs')

  /** Every saved answer (skipped ones too), in the order of the questions. */
  const answers = answersQuery.value
  /** Where the person left off: a question, or the summary. */
  const position = positionQuery.value
  /** True once answers and position have been read. */
  const ready = computed(() => answersQuery.ready.value && positionQuery.ready.value)
  /** How many questions have an answer with words in it. */
  const answered = computed(() => answeredCount(answers.value))
  const byQuestion = computed(() => new Map(answers.value.map((a) => [a.question, a])))

  /** The saved answer to one question, if any. */
  function answerTo(question: ReflectionQuestion): ReflectionAnswer | undefined {
    return byQuestion.value.get(question)
  }

  /**
   * Saves an answer as written by whoever is writing now, and where to go next, in one transaction. With `expected`
   * (the answer as the form first saw it, `null` for none), refuses an answer written elsewhere since.
   */
  async function answer(question: ReflectionQuestion, text: string, options: { next?: ReflectionPosition; expected?: ReflectionAnswer | null } = {}): Promise<void> {
    await saveAnswer(projectStore.currentId(), question, text, companion.author, { position: options.next, expected: options.expected, today: clock.today })
  }

  /** Skips a question (an existing answer is kept) and moves on. */
  async function skip(question: ReflectionQuestion, next?: ReflectionPosition): Promise<void> {
    await skipQuestion(projectStore.currentId(), question, companion.author, next)
  }

  /** Remembers the screen the person is on, to take them back there next time. */
  async function visit(where: ReflectionPosition): Promise<void> {
    if (projectId.value && where !== position.value) await writePosition(projectId.value, where)
  }

  return { answers, position, ready, answered, answerTo, answer, skip, visit }
})
