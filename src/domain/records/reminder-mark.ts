import * as v from 'valibot'
import type { ReminderMark } from '../model'
import { date, id, oneOf, type RecordKind } from '../validation'

/** The person's "seen / done" mark on a reminder (reminders themselves are derived, never stored). */
export const reminderMarkKind: RecordKind<ReminderMark> = {
  schema: ({ today }) => v.object({ id, projectId: id, reminderId: id, state: oneOf(['seen', 'done'], 'invalid'), on: date(today) }),
}
