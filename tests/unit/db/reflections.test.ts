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

  it('keeps who wrote an answer first and who changed it, on which day, when the person changes it', async () => {
    const { id } = await newProject()
    await saveAnswer(id, 'needs', 'A flat', samira, { today: '2026-12-01' })
    await saveAnswer(id, 'needs', 'A bigger flat', me, { today: '2026-12-03' })
    expect(await listAnswers(id)).toMatchObject([{ question: 'needs', text: 'A bigger flat', author: samira, edits: [{ role: 'me', on: '2026-12-03' }] }])
  })

  it('records no change of hand when the first writer rewrites their own answer, and one per hand in a row', async () => {
    const { id } = await newProject()
    await saveAnswer(id, 'needs', 'A flat', samira, { today: '2026-12-01' })
    expect(await saveAnswer(id, 'needs', 'A flat near school', samira, { today: '2026-12-02' })).not.toHaveProperty('edits')
    await saveAnswer(id, 'needs', 'A bigger flat', me, { today: '2026-12-03' })
    const last = await saveAnswer(id, 'needs', 'A bigger flat, soon', me, { today: '2026-12-04' })
    expect(last).toMatchObject({ author: samira, edits: [{ role: 'me', on: '2026-12-04' }] })
    expect(last.edits).toHaveLength(1)
  })

  it('gives an answer written after a skip to its writer (no words changed hands)', async () => {
    const { id } = await newProject()
    await skipQuestion(id, 'needs', samira)
    expect(await saveAnswer(id, 'needs', 'A flat', me, { today: '2026-12-03' })).toMatchObject({ author: me })
    expect((await listAnswers(id))[0]).not.toHaveProperty('edits')
  })

  it('takes an answer of spaces or invisible characters as no answer (kept as skipped)', async () => {
    const { id } = await newProject()
    expect(await saveAnswer(id, 'needs', ' \u200B\u00A0\u2060\uFEFF ', me)).toMatchObject({ text: '', skipped: true })
    expect(await saveAnswer(id, 'life', '\u200BWork\u00A0', me)).toMatchObject({ text: 'Work' })
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
