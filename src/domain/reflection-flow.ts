/**
 * The guided reflection (the needs assessment of the ISIP guide): one question a screen, in a fixed order,
 * skippable, and resumed where the person left off. Also which answers can become an objective.
 * Pure functions; the reflection store feeds them the saved answers.
 */
import { REFLECTION_QUESTIONS, type Objective, type ReflectionAnswer, type ReflectionQuestion } from './model'
import { isBlank } from './validation'

/** Where the reflection can stand: on one question, or on the summary of all answers. */
export type ReflectionPosition = ReflectionQuestion | 'summary'

export function isReflectionQuestion(value: unknown): value is ReflectionQuestion {
  return typeof value === 'string' && (REFLECTION_QUESTIONS as readonly string[]).includes(value)
}

/** 1-based number of a question ("question 3 of 11"). */
export function questionNumber(question: ReflectionQuestion): number {
  return REFLECTION_QUESTIONS.indexOf(question) + 1
}

/** The question after this one, or the summary after the last. */
export function nextPosition(question: ReflectionQuestion): ReflectionPosition {
  return REFLECTION_QUESTIONS[REFLECTION_QUESTIONS.indexOf(question) + 1] ?? 'summary'
}

/** The question before this one, or undefined on the first. */
export function previousQuestion(question: ReflectionQuestion): ReflectionQuestion | undefined {
  const index = REFLECTION_QUESTIONS.indexOf(question)
  return index > 0 ? REFLECTION_QUESTIONS[index - 1] : undefined
}

/** Where to take the person back to: the place they were last, else the first question. */
export function resumePosition(saved: unknown): ReflectionPosition {
  if (saved === 'summary' || isReflectionQuestion(saved)) return saved
  return REFLECTION_QUESTIONS[0]
}

/** An answer with words in it (not skipped, not emptied). */
export function isAnswered(answer: ReflectionAnswer | undefined): answer is ReflectionAnswer {
  return Boolean(answer && !answer.skipped && !isBlank(answer.text))
}

/** How many questions have an answer with words in it. */
export function answeredCount(answers: readonly ReflectionAnswer[]): number {
  return answers.filter(isAnswered).length
}

/**
 * The answers that say what the person wants to reach or be rid of, and so can start an objective
 * ("you said you want to be rid of your debts: make it an objective?"), with the aim each suggests.
 */
export const OBJECTIVE_SOURCES: Partial<Record<ReflectionQuestion, Objective['aim']>> = {
  rid_of: 'rid_of',
  problems: 'rid_of',
  be_and_have: 'reach',
  life: 'reach',
  needs: 'reach',
}

export interface ObjectiveSuggestion {
  answer: ReflectionAnswer
  aim: Objective['aim']
}

/** Answers that could become an objective and have not yet become one, in the order of the questions. */
export function objectiveSuggestions(answers: readonly ReflectionAnswer[], objectives: readonly Pick<Objective, 'fromAnswerId'>[]): ObjectiveSuggestion[] {
  const used = new Set(objectives.map((o) => o.fromAnswerId).filter(Boolean))
  return REFLECTION_QUESTIONS.flatMap((question) => {
    const aim = OBJECTIVE_SOURCES[question]
    const answer = answers.find((a) => a.question === question)
    if (!aim || !isAnswered(answer) || used.has(answer.id)) return []
    return [{ answer, aim }]
  })
}
