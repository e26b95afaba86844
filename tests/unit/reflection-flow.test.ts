import { describe, expect, it } from 'vitest'
import { REFLECTION_QUESTIONS, type ReflectionAnswer, type ReflectionQuestion } from '@/domain/model'
import { answeredCount, nextPosition, objectiveSuggestions, previousQuestion, questionNumber, resumePosition } from '@/domain/reflection-flow'

const answer = (question: ReflectionQuestion, text: string, skipped = false): ReflectionAnswer => ({
  id: `p:${question}`,
  projectId: 'p',
  question,
  text,
  author: { role: 'me' },
  updatedAt: '2026-03-01T10:00:00.000Z',
  ...(skipped ? { skipped } : {}),
})

describe('the reflection flow', () => {
  it('goes through the eleven questions in order, then to the summary', () => {
    expect(REFLECTION_QUESTIONS).toHaveLength(11)
    expect(nextPosition('needs')).toBe('problems')
    expect(nextPosition('pcsw_help')).toBe('summary')
    expect(previousQuestion('problems')).toBe('needs')
    expect(previousQuestion('needs')).toBeUndefined()
    expect(questionNumber('rid_of')).toBe(4)
  })

  it('resumes where the person left off, and at the first question when unknown', () => {
    expect(resumePosition('life')).toBe('life')
    expect(resumePosition('summary')).toBe('summary')
    expect(resumePosition(undefined)).toBe('needs')
    expect(resumePosition('nonsense')).toBe('needs')
  })

  it('counts answers with words, not skipped or emptied ones', () => {
    expect(answeredCount([answer('needs', 'A flat'), answer('problems', '', true), answer('life', '  ')])).toBe(1)
  })

  it('offers to turn wishes and problems into objectives, with the aim each suggests, once', () => {
    const answers = [answer('rid_of', 'My debts'), answer('life', 'Work in a shop'), answer('good_at', 'Cooking'), answer('needs', '', true)]
    expect(objectiveSuggestions(answers, []).map((s) => [s.answer.question, s.aim])).toEqual([
      ['rid_of', 'rid_of'],
      ['life', 'reach'],
    ])
    expect(objectiveSuggestions(answers, [{ fromAnswerId: 'p:rid_of' }]).map((s) => s.answer.question)).toEqual(['life'])
  })
})
