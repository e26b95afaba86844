import type { Decision, MeetingRequest, Notice, Project } from '@/domain/model'

/** A person in Namur whose refusal was notified on 2 December 2026 (issue 17, "Done means"). */
export const project: Project = {
  id: 'p1',
  createdAt: '2026-09-01T10:00:00.000Z',
  updatedAt: '2026-09-01T10:00:00.000Z',
  pcsw: { name: 'CPAS de Namur', municipality: 'Namur', address: 'Rue de Dave 165\n5100 Jambes' },
  socialWorker: 'Mme Leroy',
  companion: 'Samira Haddad',
  requestedOn: '2026-09-01',
  sender: { name: 'Jean Dupont', address: 'Rue de Fer 12\n5000 Namur', registerNumber: '85.07.30-033.61' },
}

export const refusal: Decision = { id: 'd1', projectId: 'p1', kind: 'refusal', decidedOn: '2026-11-26', notifiedOn: '2026-12-02', summary: 'refus du revenu d’intégration' }
export const acknowledgement: Decision = { id: 'd2', projectId: 'p1', kind: 'acknowledgement', decidedOn: '2026-09-01' }
export const notice: Notice = { id: 'n1', projectId: 'p1', receivedOn: '2026-11-20', summary: 'absences au module de formation' }
/** Asked on Friday 18 December 2026: five working days later, Christmas skipped, is Monday 28 December. */
export const request: MeetingRequest = { id: 'm1', projectId: 'p1', askedOn: '2026-12-18', how: 'letter', about: 'ma formation' }
