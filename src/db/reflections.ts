import { getDb } from './database'
import { nowIso } from './ids'
import { REFLECTION_QUESTIONS, type Author, type ReflectionAnswer, type ReflectionQuestion } from '@/domain/model'
import { isAnswered, resumePosition, type ReflectionPosition } from '@/domain/reflection-flow'

/** One answer per question and project. */
export const answerId = (projectId: string, question: ReflectionQuestion) => `${projectId}:${question}`

/** The settings key of the place the person left the reflection, per project. */
export const positionKey = (projectId: string) => `reflectionPosition:${projectId}`

function checkQuestion(question: string): asserts question is ReflectionQuestion {
  if (!(REFLECTION_QUESTIONS as readonly string[]).includes(question)) throw new Error(`No reflection question ${question}`)
}

/** The project's answers, in the order of the questions. */
export async function listAnswers(projectId: string): Promise<ReflectionAnswer[]> {
  const answers = await getDb().reflections.where('projectId').equals(projectId).toArray()
  return answers.sort((a, b) => REFLECTION_QUESTIONS.indexOf(a.question) - REFLECTION_QUESTIONS.indexOf(b.question))
}

/** Where the person left the reflection (the first question when they have not started). */
export async function readPosition(projectId: string): Promise<ReflectionPosition> {
  return resumePosition((await getDb().settings.get(positionKey(projectId)))?.value)
}

export async function writePosition(projectId: string, position: ReflectionPosition): Promise<void> {
  await getDb().settings.put({ key: positionKey(projectId), value: position })
}

/**
 * Saves an answer as written by `author` (the last one to write it), and, in the same transaction, where the
 * person goes next. An empty answer is kept as "skipped" so the summary can say so.
 */
export async function saveAnswer(
  projectId: string,
  question: ReflectionQuestion,
  text: string,
  author: Author,
  position?: ReflectionPosition,
): Promise<ReflectionAnswer> {
  checkQuestion(question)
  const db = getDb()
  return db.transaction('rw', db.projects, db.reflections, db.settings, async () => {
    if (!(await db.projects.get(projectId))) throw new Error(`No project ${projectId}`)
    const words = text.trim()
    const answer: ReflectionAnswer = { id: answerId(projectId, question), projectId, question, text: words, author, updatedAt: nowIso() }
    if (!words) answer.skipped = true
    await db.reflections.put(answer)
    if (position) await db.settings.put({ key: positionKey(projectId), value: position })
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
