import type { Notice } from '@/domain/model'
import { checkNotice } from '@/domain/records-validation'
import { newestFirst, recordRepository, type RecordInput } from './records'

export type NewNotice = RecordInput<Notice>

/** Formal notices (mise en demeure / aanmaning), latest first. */
const repository = recordRepository<Notice>(
  'notices',
  (n, today) => checkNotice({ receivedOn: n.receivedOn, hearingAskedOn: n.hearingAskedOn, hearingHeldOn: n.hearingHeldOn }, today),
  newestFirst((n) => n.receivedOn),
)

export const listNotices = repository.list
export const addNotice = repository.add
export const updateNotice = repository.update
export const removeNotice = repository.remove
