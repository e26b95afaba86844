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

  it('removes with a project its reminder marks, settings and drafts, and keeps those of another project', async () => {
    const a = await createProject(tournai, '2026-12-31')
    const b = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, '2026-12-31')
    const db = getDb()
    await db.reminderMarks.bulkAdd([
      { id: `${a.id}:backup-due:${a.id}`, projectId: a.id, reminderId: `backup-due:${a.id}`, state: 'seen', on: '2026-12-01' },
      { id: `${b.id}:backup-due:${b.id}`, projectId: b.id, reminderId: `backup-due:${b.id}`, state: 'seen', on: '2026-12-01' },
    ])
    await db.objectives.add({ id: 'o1', projectId: a.id, title: 'Debts', domain: 'debt', aim: 'rid_of', status: 'open', author: { role: 'me' }, createdOn: '2026-12-01', order: 0 })
    await db.settings.bulkPut([
      { key: 'currentProjectId', value: a.id },
      { key: `lastExportOn:${a.id}`, value: '2026-12-01' },
      { key: `lastExportOn:${b.id}`, value: '2026-12-01' },
      { key: `reflectionPosition:${a.id}`, value: 'needs' },
      { key: 'writer', value: { mode: 'me' } },
    ])
    const draft = (formId: string) => ({ formId, values: { text: 'x' }, savedAt: '2026-12-01T10:00:00Z' })
    await db.drafts.bulkPut([draft(`objective:o1@t1`), draft(`answer:${a.id}:needs@t1`), draft(`project-dates:${b.id}@t1`), draft('objective:new@t1')])

    expect(await deleteProject(a.id, { wasCurrent: true })).toEqual({ records: 2, drafts: 3 })
    expect((await db.reminderMarks.toArray()).map((m) => m.projectId)).toEqual([b.id])
    expect((await db.settings.toArray()).map((s) => s.key).sort()).toEqual([`lastExportOn:${b.id}`, 'writer'])
    expect((await db.drafts.toArray()).map((d) => d.formId)).toEqual([`project-dates:${b.id}@t1`])
    await expect(deleteProject(a.id)).rejects.toThrow()
  })

  it('keeps the drafts of new records when the removed project was not the one being worked on', async () => {
    const a = await createProject(tournai, '2026-12-31')
    await getDb().drafts.put({ formId: 'move:new@t1', values: {}, savedAt: '2026-12-01T10:00:00Z' })
    expect(await deleteProject(a.id)).toEqual({ records: 0, drafts: 0 })
    expect(await getDb().drafts.count()).toBe(1)
  })
})
