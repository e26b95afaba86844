import { describe, expect, it } from 'vitest'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { answerId, listAnswers, readPosition, saveAnswer, skipQuestion, writePosition } from '@/db/reflections'

const samira = { role: 'companion' as const, name: 'Samira' }
const me = { role: 'me' as const }
const newProject = () => createProject({ pcsw: { name: 'CPAS de Tournai', municipality: 'Tournai' } }, '2026-12-31')

describe('reflections repository', () => {
  it('saves one answer per question with who wrote it, and where to go next, together', async () => {
    const { id } = await newProject()
    const saved = await saveAnswer(id, 'rid_of', '  My debts  ', samira, { position: 'be_and_have' })
    expect(saved).toMatchObject({ id: answerId(id, 'rid_of'), text: 'My debts', author: samira })
    expect(saved.skipped).toBeUndefined()
    expect(await readPosition(id)).toBe('be_and_have')
  })

  it('keeps the last author when the person changes an answer', async () => {
    const { id } = await newProject()
    await saveAnswer(id, 'needs', 'A flat', samira)
    await saveAnswer(id, 'needs', 'A bigger flat', me)
    expect(await listAnswers(id)).toMatchObject([{ question: 'needs', text: 'A bigger flat', author: me }])
  })

  it('lists answers in the order of the questions, only for that project', async () => {
    const a = await newProject()
    const b = await newProject()
    await saveAnswer(a.id, 'pcsw_help', 'A course', me)
    await saveAnswer(a.id, 'needs', 'A flat', me)
    await saveAnswer(b.id, 'life', 'Work', me)
    expect((await listAnswers(a.id)).map((x) => x.question)).toEqual(['needs', 'pcsw_help'])
  })

  it('marks a skipped question, but never erases an answer by skipping it', async () => {
    const { id } = await newProject()
    await skipQuestion(id, 'problems', me, 'struggles')
    await saveAnswer(id, 'needs', 'A flat', me)
    await skipQuestion(id, 'needs', samira)
    const [needs, problems] = await listAnswers(id)
    expect(needs).toMatchObject({ text: 'A flat', author: me })
    expect(problems).toMatchObject({ text: '', skipped: true })
    expect(await readPosition(id)).toBe('struggles')
  })

  it('keeps an emptied answer as skipped', async () => {
    const { id } = await newProject()
    await saveAnswer(id, 'needs', 'A flat', me)
    expect(await saveAnswer(id, 'needs', '   ', me)).toMatchObject({ text: '', skipped: true })
  })

  it('starts at the first question, and remembers the summary as a place', async () => {
    const { id } = await newProject()
    expect(await readPosition(id)).toBe('needs')
    await writePosition(id, 'summary')
    expect(await readPosition(id)).toBe('summary')
  })

  it('refuses an unknown project or question and saves nothing', async () => {
    const { id } = await newProject()
    await expect(saveAnswer('nope', 'needs', 'x', me, { position: 'problems' })).rejects.toThrow('No project nope')
    await expect(saveAnswer(id, 'wishes' as never, 'x', me)).rejects.toThrow('No reflection question wishes')
    expect(await getDb().reflections.count()).toBe(0)
    expect(await readPosition(id)).toBe('needs')
  })
})
