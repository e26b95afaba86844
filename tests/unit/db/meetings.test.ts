import { describe, expect, it } from 'vitest'
import { getDb } from '@/db/database'
import { addMeetingRequest, listMeetingRequests, removeMeetingRequest, updateMeetingRequest } from '@/db/meetings'
import { createProject } from '@/db/projects'

const today = '2026-03-10'

describe('meeting requests repository', () => {
  it('lists the latest request first', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } })
    await addMeetingRequest(id, { askedOn: '2026-02-02', how: 'phone' }, today)
    await addMeetingRequest(id, { askedOn: '2026-03-06', how: 'letter', about: '  my training  ' }, today)
    const list = await listMeetingRequests(id)
    expect(list.map((m) => m.askedOn)).toEqual(['2026-03-06', '2026-02-02'])
    expect(list[0]?.about).toBe('my training')
  })

  it('records the meeting date given and whether it was held', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } })
    const request = await addMeetingRequest(id, { askedOn: '2026-03-06', how: 'in_person' }, today)
    const saved = await updateMeetingRequest(request.id, { meetingOn: '2026-03-09', held: true }, today)
    expect(saved).toMatchObject({ askedOn: '2026-03-06', meetingOn: '2026-03-09', held: true })
  })

  it('refuses a meeting date before the request and keeps the record as it was', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } })
    const request = await addMeetingRequest(id, { askedOn: '2026-03-06', how: 'email' }, today)
    await expect(updateMeetingRequest(request.id, { meetingOn: '2026-03-05' }, today)).rejects.toMatchObject({ errors: { meetingOn: 'before_request' } })
    expect(await getDb().meetingRequests.get(request.id)).toEqual(request)
  })

  it('refuses a request for a project that does not exist', async () => {
    await expect(addMeetingRequest('nope', { askedOn: '2026-03-06', how: 'email' }, today)).rejects.toThrow('No project nope')
    expect(await getDb().meetingRequests.count()).toBe(0)
  })

  it('removes a request typed by mistake', async () => {
    const { id } = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } })
    const request = await addMeetingRequest(id, { askedOn: '2026-03-06', how: 'email' }, today)
    await removeMeetingRequest(request.id)
    expect(await listMeetingRequests(id)).toEqual([])
  })
})
