import type { IsoDate, ReminderMark } from '@/domain/model'
import { currentReminderId } from '@/domain/rules/reminder-ids'
import { getDb } from './database'

const markId = (projectId: string, reminderId: string) => `${projectId}:${reminderId}`

/** Marks a derived reminder seen or done on a day (the only thing about reminders that is stored). */
export async function markReminder(projectId: string, reminderId: string, state: ReminderMark['state'], on: IsoDate): Promise<void> {
  // The checks load with the first mark, not with Today's first paint.
  const [{ checked }, { reminderMarkKind }] = await Promise.all([import('./repository'), import('@/domain/records/reminder-mark')])
  await getDb().reminderMarks.put(checked(reminderMarkKind, { id: markId(projectId, reminderId), projectId, reminderId, state, on }, { today: on }))
}

/** Takes a mark back: the reminder shows again as the rules say. */
export async function unmarkReminder(projectId: string, reminderId: string): Promise<void> {
  await getDb().reminderMarks.delete(markId(projectId, reminderId))
}

/**
 * Marks under the reminder ids this version writes: `backup-due:<project>:<day>` (before issue 11) becomes
 * `backup-due:<project>`, so the id, which stays plain with the lock on, carries no date. Two marks that now share
 * an id keep the latest (its day still tells which copy it followed).
 */
export function currentMarks<T extends Pick<ReminderMark, 'projectId' | 'reminderId' | 'on'>>(marks: readonly T[]): (T & { id: string })[] {
  const latest = new Map<string, T & { id: string }>()
  for (const mark of marks) {
    const reminderId = currentReminderId(mark.reminderId)
    const next = { ...mark, reminderId, id: markId(mark.projectId, reminderId) }
    const before = latest.get(next.id)
    if (!before || before.on < next.on) latest.set(next.id, next)
  }
  return [...latest.values()]
}
