import { describe, expect, it } from 'vitest'
import { getDb } from '@/db/database'
import { createProject, deleteProject, listProjects, updateProject } from '@/db/projects'

const tournai = { pcsw: { name: 'CPAS de Tournai', municipality: 'Tournai' }, socialWorker: 'Mme Dubois' }

describe('projects repository', () => {
  it('creates a project with a string id and timestamps', async () => {
    const project = await createProject(tournai, '2026-12-31')
    expect(project.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(await listProjects()).toEqual([project])
  })

  it('saves a change and keeps the other fields', async () => {
    const project = await createProject(tournai, '2026-12-31')
    const saved = await updateProject(project.id, { companion: 'Samira' }, '2026-12-31')
    expect(saved).toMatchObject({ id: project.id, socialWorker: 'Mme Dubois', companion: 'Samira' })
    expect((await listProjects())[0]?.companion).toBe('Samira')
  })

  it('refuses to update a project that does not exist, and creates nothing', async () => {
    await expect(updateProject('nope', { companion: 'X' }, '2026-12-31')).rejects.toThrow('No project nope')
    expect(await listProjects()).toEqual([])
  })

  it('deletes a project with everything recorded for it, and nothing of another project', async () => {
    const a = await createProject(tournai, '2026-12-31')
    const b = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, '2026-12-31')
    const db = getDb()
    const author = { role: 'me' as const }
    await db.steps.bulkAdd([
      { id: 's1', projectId: a.id, title: 'Call', who: 'me', status: 'todo', author, createdOn: '2026-01-05', order: 0 },
      { id: 's2', projectId: b.id, title: 'Write', who: 'me', status: 'todo', author, createdOn: '2026-01-05', order: 0 },
    ])
    await db.evaluations.add({ id: 'e1', projectId: a.id, heldOn: '2026-03-01', inPerson: true })
    await deleteProject(a.id)
    expect((await listProjects()).map((p) => p.id)).toEqual([b.id])
    expect(await db.steps.toArray()).toMatchObject([{ id: 's2' }])
    expect(await db.evaluations.count()).toBe(0)
  })
})
