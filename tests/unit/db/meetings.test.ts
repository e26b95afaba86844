import { describe, expect, it } from 'vitest'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { meetingRequests } from '@/db/records'

const today = '2026-03-10'

describe('meeting requests repository', () => {
  it('lists the latest request first', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, today)
    await meetingRequests.add(id, { askedOn: '2026-02-02', how: 'phone' }, today)
    await meetingRequests.add(id, { askedOn: '2026-03-06', how: 'letter', about: '  my training  ' }, today)
    const list = await meetingRequests.list(id)
    expect(list.map((m) => m.askedOn)).toEqual(['2026-03-06', '2026-02-02'])
    expect(list[0]?.about).toBe('my training')
  })

  it('records the meeting date given and whether it was held', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, today)
    const request = await meetingRequests.add(id, { askedOn: '2026-03-06', how: 'in_person' }, today)
    const saved = await meetingRequests.update(request.id, { meetingOn: '2026-03-09', held: true }, today)
    expect(saved).toMatchObject({ askedOn: '2026-03-06', meetingOn: '2026-03-09', held: true })
  })

  it('refuses a meeting date before the request and keeps the record as it was', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, today)
    const request = await meetingRequests.add(id, { askedOn: '2026-03-06', how: 'email' }, today)
    await expect(meetingRequests.update(request.id, { meetingOn: '2026-03-05' }, today)).rejects.toMatchObject({ errors: { meetingOn: 'before_request' } })
    expect(await getDb().meetingRequests.get(request.id)).toEqual(request)
  })

  it('refuses a request for a project that does not exist', async () => {
    await expect(meetingRequests.add('nope', { askedOn: '2026-03-06', how: 'email' }, today)).rejects.toThrow('No project nope')
    expect(await getDb().meetingRequests.count()).toBe(0)
  })

  it('removes a request typed by mistake', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, today)
    const request = await meetingRequests.add(id, { askedOn: '2026-03-06', how: 'email' }, today)
    await meetingRequests.remove(request.id)
    expect(await meetingRequests.list(id)).toEqual([])
  })
})
