/**
 * Today's groups (issue 16, item 5): what each one holds is what its heading says.
 *
 * - `late`: open reminders whose date has passed (state `overdue`), at the top, oldest first: each says what to do now.
 * - `next`: "the next 7 days": still open, first shown on a day from today to today + 6 (the same 7 days whatever
 *   the weekday; a week from Monday to Sunday would shrink to one day on a Sunday). Information reminders that
 *   stay "due today" until done are here too.
 * - `later`: still open, after those 7 days.
 * - `done`: done (by the record or a mark) or a period that ended: folded away on the screen, most recent first.
 */
import { addDays } from './dates'
import type { IsoDate } from './model'
import type { Reminder } from './rules/types'

/** How many days "the next days" group spans, today included. */
export const NEXT_DAYS = 7

export interface ReminderGroups {
  late: Reminder[]
  next: Reminder[]
  later: Reminder[]
  done: Reminder[]
  /** The last day of "the next 7 days" (today + 6). */
  nextEnd: IsoDate
}

/** Groups reminders sorted soonest first (as `computeReminders` returns them); each group keeps that order but `done`, latest first. */
export function groupReminders(reminders: readonly Reminder[], today: IsoDate): ReminderGroups {
  const nextEnd = addDays(today, NEXT_DAYS - 1)
  const groups: ReminderGroups = { late: [], next: [], later: [], done: [], nextEnd }
  for (const r of reminders) {
    if (r.state === 'done') groups.done.push(r)
    else if (r.state === 'overdue') groups.late.push(r)
    // An appeal to send by Friday belongs to these days, even if its legal last day is the Monday after.
    else if ((r.safeBy ?? r.due) <= nextEnd) groups.next.push(r)
    else groups.later.push(r)
  }
  groups.done.reverse()
  return groups
}
