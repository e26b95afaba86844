import { describe, expect, it } from 'vitest'
import { createProject } from '@/db/projects'
import { addObjective, agreeWithObjective, listObjectives, moveObjective, updateObjective } from '@/db/objectives'
import { ValidationError } from '@/domain/validation'

const me = { role: 'me' as const }
const today = '2026-03-10'
const newProject = () => createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, today)

describe('objectives repository', () => {
  it('adds objectives in order, open, written today, with their author', async () => {
    const { id } = await newProject()
    await addObjective(id, { title: ' Be rid of my debts ', domain: 'debt', aim: 'rid_of', author: me, fromAnswerId: `${id}:rid_of` }, today)
    await addObjective(id, { title: 'Find work', domain: 'job', aim: 'reach', author: { role: 'companion', name: 'Samira' } }, today)
    expect(await listObjectives(id)).toMatchObject([
      { title: 'Be rid of my debts', status: 'open', order: 0, createdOn: today, fromAnswerId: `${id}:rid_of` },
      { title: 'Find work', order: 1, author: { name: 'Samira' } },
    ])
  })

  it('refuses an empty title or a target date that does not exist, and saves nothing', async () => {
    const { id } = await newProject()
    await expect(addObjective(id, { title: '', domain: 'debt', aim: 'rid_of', author: me }, today)).rejects.toBeInstanceOf(ValidationError)
    await expect(addObjective(id, { title: 'X', domain: 'debt', aim: 'rid_of', author: me, targetDate: '2026-02-30' }, today)).rejects.toMatchObject({
      errors: { targetDate: 'date_invalid' },
    })
    expect(await listObjectives(id)).toEqual([])
  })

  it('changes status and target date, and refuses to empty the title', async () => {
    const { id } = await newProject()
    const objective = await addObjective(id, { title: 'A flat', domain: 'housing', aim: 'reach', author: me, targetDate: '2026-09-01' }, today)
    const saved = await updateObjective(objective.id, { status: 'in_progress', targetDate: '' }, today)
    expect(saved.status).toBe('in_progress')
    expect(saved).not.toHaveProperty('targetDate')
    await expect(updateObjective(objective.id, { title: '  ' }, today)).rejects.toMatchObject({ errors: { title: 'text_required' } })
    expect((await listObjectives(id))[0]?.title).toBe('A flat')
  })

  it('moves an objective up and down through the order index, and does nothing at either end', async () => {
    const { id } = await newProject()
    const a = await addObjective(id, { title: 'Debts', domain: 'debt', aim: 'rid_of', author: me }, today)
    await addObjective(id, { title: 'Work', domain: 'job', aim: 'reach', author: me }, today)
    const c = await addObjective(id, { title: 'Flat', domain: 'housing', aim: 'reach', author: me }, today)
    const titles = async () => (await listObjectives(id)).map((o) => o.title)
    expect(await moveObjective(c.id, -1)).toBe(1)
    expect(await titles()).toEqual(['Debts', 'Flat', 'Work'])
    expect(await moveObjective(a.id, -1)).toBe(0)
    expect(await moveObjective(a.id, 1)).toBe(1)
    expect(await titles()).toEqual(['Flat', 'Debts', 'Work'])
    expect(await moveObjective(c.id, -1)).toBe(0)
    expect(await titles()).toEqual(['Flat', 'Debts', 'Work'])
  })

  it('keeps the person’s agreement through a change of status, takes it away when the words change', async () => {
    const { id } = await newProject()
    const objective = await addObjective(id, { title: 'A flat', domain: 'housing', aim: 'reach', author: me }, today)
    await expect(agreeWithObjective(objective.id, '2026-03-11', today)).rejects.toBeInstanceOf(ValidationError)
    expect(await agreeWithObjective(objective.id, '2026-03-09', today)).toMatchObject({ agreedOn: '2026-03-09' })
    expect(await updateObjective(objective.id, { status: 'in_progress', title: 'A flat ' }, today)).toMatchObject({ agreedOn: '2026-03-09' })
    expect(await updateObjective(objective.id, { title: 'A flat with two rooms' }, today)).not.toHaveProperty('agreedOn')
    await agreeWithObjective(objective.id, today, today)
    expect(await agreeWithObjective(objective.id, undefined, today)).not.toHaveProperty('agreedOn')
  })
})

describe('who wrote an objective, across changes', () => {
  const jan = { role: 'companion' as const, name: 'Jan' }

  it('keeps the companion as its writer and the person as who changed it, on the day', async () => {
    const { id } = await newProject()
    const objective = await addObjective(id, { title: 'Find work', domain: 'job', aim: 'reach', author: jan }, today)
    const saved = await updateObjective(objective.id, { title: 'Find work in a shop' }, '2026-03-12', undefined, me)
    expect(saved).toMatchObject({ title: 'Find work in a shop', author: jan, edits: [{ role: 'me', on: '2026-03-12' }] })
  })

  it('records nothing when a save changes nothing', async () => {
    const { id } = await newProject()
    const objective = await addObjective(id, { title: 'Find work', domain: 'job', aim: 'reach', author: jan }, today)
    expect(await updateObjective(objective.id, { title: 'Find work ' }, today, undefined, me)).not.toHaveProperty('edits')
  })
})
