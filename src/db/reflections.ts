import { withEdit } from '@/domain/authorship'
import { fromLocalDate } from '@/domain/dates'
import { REFLECTION_QUESTIONS, type Author, type IsoDate, type ReflectionAnswer, type ReflectionQuestion } from '@/domain/model'
import { answerKind } from '@/domain/records/answer'
import { isAnswered, resumePosition, type ReflectionPosition } from '@/domain/reflection-flow'
import { isBlank, tidy } from '@/domain/validation'
import { getDb } from './database'
import { nowIso } from './ids'
import { assertUnchanged, checked } from './repository'

/** One answer per question and project. */
export const answerId = (projectId: string, question: ReflectionQuestion) => `${projectId}:${question}`

/** The settings key of the place the person left the reflection, per project. */
export const positionKey = (projectId: string) => `reflectionPosition:${projectId}`

function checkQuestion(question: string): asserts question is ReflectionQuestion {
  if (!(REFLECTION_QUESTIONS as readonly string[]).includes(question)) throw new Error(`No reflection question ${question}`)
}

/** The project's answers, in the order of the questions. */
export async function listAnswers(projectId: string): Promise<ReflectionAnswer[]> {
  return (await getDb().reflections.where('projectId').equals(projectId).toArray()).sort(answerKind.order)
}

/** Where the person left the reflection (the first question when they have not started). */
export async function readPosition(projectId: string): Promise<ReflectionPosition> {
  return resumePosition((await getDb().settings.get(positionKey(projectId)))?.value)
}

export async function writePosition(projectId: string, position: ReflectionPosition): Promise<void> {
  await getDb().settings.put({ key: positionKey(projectId), value: position })
}

/**
 * Where the answer is written from: where the person goes next, the answer as the form first saw it (`null`: none),
 * and the day (the app's clock; this device's date by default).
 */
export interface AnswerOptions {
  position?: ReflectionPosition
  expected?: ReflectionAnswer | null
  today?: IsoDate
}

/**
 * Saves an answer as written by `author`, and, in the same transaction, where the person goes next. A new answer is
 * theirs; a changed one keeps who wrote it first and records `author`'s change (authorship.ts). An empty answer is
 * kept as "skipped" so the summary can say so. With `expected`, refuses an answer written elsewhere since the form
 * opened.
 */
export async function saveAnswer(projectId: string, question: ReflectionQuestion, text: string, author: Author, options: AnswerOptions = {}): Promise<ReflectionAnswer> {
  checkQuestion(question)
  const db = getDb()
  return db.transaction('rw', db.projects, db.reflections, db.settings, async () => {
    if (!(await db.projects.get(projectId))) throw new Error(`No project ${projectId}`)
    const id = answerId(projectId, question)
    const current = await db.reflections.get(id)
    if (options.expected !== undefined) assertUnchanged(current ?? null, options.expected)
    const today = options.today ?? fromLocalDate(new Date())
    const words = tidy(text)
    // Only words change hands: an answer skipped before, or never written, is the writer's own.
    const authorship = current && !isBlank(current.text) ? withEdit(current, author, today) : { author }
    const answer = checked(answerKind, { id, projectId, question, text: words, ...authorship, updatedAt: nowIso(), ...(words ? {} : { skipped: true }) }, { today })
    await db.reflections.put(answer)
    if (options.position) await db.settings.put({ key: positionKey(projectId), value: options.position })
    return answer
  })
}

/**
 * Skips a question: marks it skipped unless it already has an answer (skipping never erases what was written),
 * and moves on, in one transaction.
 */
export async function skipQuestion(projectId: string, question: ReflectionQuestion, author: Author, position?: ReflectionPosition): Promise<void> {
  checkQuestion(question)
  const db = getDb()
  await db.transaction('rw', db.projects, db.reflections, db.settings, async () => {
    if (!(await db.projects.get(projectId))) throw new Error(`No project ${projectId}`)
    const id = answerId(projectId, question)
    if (!isAnswered(await db.reflections.get(id))) {
      await db.reflections.put({ id, projectId, question, text: '', skipped: true, author, updatedAt: nowIso() })
    }
    if (position) await db.settings.put({ key: positionKey(projectId), value: position })
  })
}
