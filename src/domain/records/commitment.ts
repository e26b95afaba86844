import * as v from 'valibot'
import { ME, unsaved, type FormMapping } from '../forms'
import type { Commitment, CommitmentStatus, Partner } from '../model'
import { inPersonsOrder } from '../order'
import { author, edits, id, LIMITS, note, oneOf, optionalId, pastDate, text, type RecordKind } from '../validation'
import { PARTIES } from './step'

export const COMMITMENT_STATUSES = ['kept', 'not_yet', 'not_kept'] as const satisfies readonly CommitmentStatus[]

/**
 * What one party commits to, in words; a partner's commitment names the partner. What the PCSW or a partner
 * committed to may carry whether it was kept, and the day the person said so (not after today).
 */
export const commitmentKind: RecordKind<Commitment> = {
  schema: ({ today }) =>
    v.object({
      id,
      projectId: id,
      party: oneOf(PARTIES),
      text: text(),
      author,
      edits: edits(today),
      order: v.number('invalid'),
      partnerId: optionalId,
      status: v.optional(oneOf(COMMITMENT_STATUSES, 'invalid')),
      statusOn: v.optional(pastDate(today)),
    }),
  // Only what belongs together: a partner only on a partner's commitment, a status only on another party's, its day only with it.
  normalise: (c) => {
    const next = { ...c }
    if (next.party !== 'partner') delete next.partnerId
    if (next.party === 'me') delete next.status
    if (next.status === undefined) delete next.statusOn
    return next
  },
  order: inPersonsOrder,
}

export const commitmentForm: FormMapping<Commitment, { text: string }> = {
  kind: commitmentKind,
  blank: () => unsaved<Commitment>({ party: 'me', text: '', author: ME, order: 0 }),
  toForm: (c) => ({ text: c?.text ?? '' }),
  fromForm: (values, base) => ({ ...base, text: values.text }),
}

/** A partner organisation: a name; the contact is optional. */
export const partnerKind: RecordKind<Partner> = {
  schema: () => v.object({ id, projectId: id, name: text('text_required', LIMITS.name), contact: note(LIMITS.address) }),
  order: (a, b) => a.name.localeCompare(b.name),
}

/** A new partner's form also takes its first commitment, saved with it. */
export const partnerForm: FormMapping<Partner, { name: string; contact: string; commitment: string }> = {
  kind: partnerKind,
  blank: () => unsaved<Partner>({ name: '' }),
  toForm: (p) => ({ name: p?.name ?? '', contact: p?.contact ?? '', commitment: '' }),
  fromForm: (values, base) => ({ ...base, name: values.name, contact: values.contact }),
}
