import { getDb } from './database'
import { newId } from './ids'
import type { Author, Commitment, Partner } from '@/domain/model'
import { isValid, PlanValidationError, validateCommitment, validatePartner } from '@/domain/plan-validation'

export interface NewPartner {
  name: string
  contact?: string
}

/** The partner organisations of the project, by name. */
export async function listPartners(projectId: string): Promise<Partner[]> {
  const all = await getDb().partners.where('projectId').equals(projectId).toArray()
  return all.sort((a, b) => a.name.localeCompare(b.name))
}

function clean(partner: Partner): Partner {
  const next = { ...partner, name: partner.name.trim(), contact: partner.contact?.trim() }
  if (!next.contact) delete next.contact
  return next
}

/**
 * Adds a partner organisation and, when given, its first commitment, in one transaction: both are saved or neither.
 */
export async function addPartner(projectId: string, input: NewPartner, firstCommitment?: { text: string; author: Author }): Promise<Partner> {
  const errors = { ...validatePartner(input), ...(firstCommitment ? validateCommitment(firstCommitment) : {}) }
  if (!isValid(errors)) throw new PlanValidationError(errors)
  const db = getDb()
  return db.transaction('rw', db.projects, db.partners, db.commitments, async () => {
    if (!(await db.projects.get(projectId))) throw new Error(`No project ${projectId}`)
    const partner = clean({ ...input, id: newId(), projectId })
    await db.partners.add(partner)
    if (firstCommitment) {
      const all = await db.commitments.where('projectId').equals(projectId).toArray()
      const commitment: Commitment = {
        id: newId(),
        projectId,
        party: 'partner',
        partnerId: partner.id,
        text: firstCommitment.text.trim(),
        author: firstCommitment.author,
        order: all.reduce((max, c) => Math.max(max, c.order), -1) + 1,
      }
      await db.commitments.add(commitment)
    }
    return partner
  })
}

/** Saves a partner's new name or contact; refuses an empty name. */
export async function updatePartner(id: string, changes: Partial<NewPartner>): Promise<Partner> {
  const db = getDb()
  return db.transaction('rw', db.partners, async () => {
    const current = await db.partners.get(id)
    if (!current) throw new Error(`No partner ${id}`)
    const next = clean({ ...current, ...changes, id, projectId: current.projectId })
    const errors = validatePartner(next)
    if (!isValid(errors)) throw new PlanValidationError(errors)
    await db.partners.put(next)
    return next
  })
}
