import { describe, expect, it } from 'vitest'
import { createProject } from '@/db/projects'
import { addStep, dropStep, listSteps, markStepDone, moveStep, reopenStep, updateStep } from '@/db/steps'

const me = { role: 'me' as const }
const today = '2026-03-10'

async function planWithThree() {
  const { id } = await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, today)
  const a = await addStep(id, { title: 'Call the bank', who: 'me', author: me }, '2026-03-01')
  const b = await addStep(id, { title: 'Meet a debt adviser', who: 'pcsw', author: me, dueDate: '2026-04-01' }, '2026-03-01')
  const c = await addStep(id, { title: 'French course', who: 'partner', partnerId: 'p1', author: me }, '2026-03-01')
  return { id, a, b, c }
}
const titles = async (id: string) => (await listSteps(id)).map((s) => s.title)

describe('steps repository', () => {
  it('adds steps to do at the end of the plan, with who does them', async () => {
    const { id } = await planWithThree()
    expect(await listSteps(id)).toMatchObject([
      { who: 'me', status: 'todo', order: 0, createdOn: '2026-03-01' },
      { who: 'pcsw', dueDate: '2026-04-01', order: 1 },
      { who: 'partner', partnerId: 'p1', order: 2 },
    ])
  })

  it('moves a step up and down, and does nothing at either end', async () => {
    const { id, a, c } = await planWithThree()
    expect(await moveStep(c.id, -1)).toBe(1)
    expect(await titles(id)).toEqual(['Call the bank', 'French course', 'Meet a debt adviser'])
    expect(await moveStep(a.id, -1)).toBe(0)
    expect(await moveStep(a.id, 1)).toBe(1)
    expect(await titles(id)).toEqual(['French course', 'Call the bank', 'Meet a debt adviser'])
  })

  it('marks a step done on a day between its creation and today', async () => {
    const { a } = await planWithThree()
    expect(await markStepDone(a.id, '2026-03-05', today)).toMatchObject({ status: 'done', doneOn: '2026-03-05' })
  })

  it('refuses "done" before the step was written down or after today, and changes nothing', async () => {
    const { id, a } = await planWithThree()
    await expect(markStepDone(a.id, '2026-02-28', today)).rejects.toMatchObject({ errors: { doneOn: 'done_before_created' } })
    await expect(markStepDone(a.id, '2026-03-11', today)).rejects.toMatchObject({ errors: { doneOn: 'done_in_future' } })
    expect((await listSteps(id))[0]).toMatchObject({ status: 'todo' })
    expect((await listSteps(id))[0]).not.toHaveProperty('doneOn')
  })

  it('keeps a dropped step in the plan, and can take it back', async () => {
    const { id, b } = await planWithThree()
    await dropStep(b.id, today)
    expect(await listSteps(id)).toHaveLength(3)
    expect((await listSteps(id))[1]?.status).toBe('dropped')
    expect((await reopenStep(b.id, today)).status).toBe('todo')
  })

  it('refuses an empty title or a due date that does not exist', async () => {
    const { id, a } = await planWithThree()
    await expect(updateStep(a.id, { title: '' }, today)).rejects.toMatchObject({ errors: { title: 'text_required' } })
    await expect(addStep(id, { title: 'X', who: 'me', author: me, dueDate: '2026-04-31' }, today)).rejects.toMatchObject({ errors: { dueDate: 'date_invalid' } })
    expect(await listSteps(id)).toHaveLength(3)
  })

  it('forgets the partner when someone else does the step, and "done on" when it is no longer done', async () => {
    const { c } = await planWithThree()
    await markStepDone(c.id, '2026-03-02', today)
    const saved = await updateStep(c.id, { who: 'me', status: 'doing' }, today)
    expect(saved).not.toHaveProperty('partnerId')
    expect(saved).not.toHaveProperty('doneOn')
  })
})

describe('who wrote a step, across changes', () => {
  it('keeps each hand that changed it, in order, after who wrote it first', async () => {
    const { a } = await planWithThree()
    const worker = { role: 'social-worker' as const, name: 'Mme Dubois' }
    await updateStep(a.id, { title: 'Call the bank on Monday' }, '2026-03-05', undefined, worker)
    const saved = await updateStep(a.id, { title: 'Call the bank on Tuesday' }, '2026-03-08', undefined, { role: 'companion', name: 'Jan' })
    expect(saved).toMatchObject({ author: me, edits: [{ role: 'social-worker', name: 'Mme Dubois', on: '2026-03-05' }, { role: 'companion', name: 'Jan', on: '2026-03-08' }] })
  })

  it('a companion may do a step', async () => {
    const { id } = await planWithThree()
    expect(await addStep(id, { title: 'Drive me to the job fair', who: 'companion', author: me }, today)).toMatchObject({ who: 'companion' })
  })
})
