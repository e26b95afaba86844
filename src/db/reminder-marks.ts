import type { IsoDate, ReminderMark } from '@/domain/model'
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
