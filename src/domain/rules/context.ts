/**
 * Turns the rules' drafts into reminders: the state relative to `today`, the person's marks, the "soon" date.
 */
import { addDays } from '../dates'
import { currentReminderId } from './reminder-ids'
import type { IsoDate, ReminderMark } from '../model'
import { parameterOn } from '../parameters'
import type { Reminder, ReminderDraft, ReminderState, RuleContext } from './types'
import { DONE_ASKS_KINDS, INFO_REMINDER_KINDS } from './types'

const INFO = new Set<string>(INFO_REMINDER_KINDS)
/**
 * Kinds that only what they ask for moves on (a copy made, for `backup-due`; the record's date for the deadlines
 * above): a "done" mark does not hide them, not even one made before "done" asked (it shows again, as it should).
 */
export const NOT_MARKABLE_DONE = new Set<string>(['backup-due', ...DONE_ASKS_KINDS])

/**
 * The state of a reminder on `today`:
 * done (by the record, a "done" mark, or a period that ran out) · overdue (the date has passed; an information
 * reminder stays "due-today" instead) · due-today · soon (from `soonFrom`) · upcoming.
 */
export function stateOf(
  due: IsoDate,
  today: IsoDate,
  soonFrom: IsoDate,
  options: { done: boolean; expires?: boolean; info?: boolean },
): ReminderState {
  if (options.done) return 'done'
  if (due < today) {
    if (options.expires) return 'done'
    return options.info ? 'due-today' : 'overdue'
  }
  if (due === today) return 'due-today'
  return soonFrom <= today ? 'soon' : 'upcoming'
}

export function createContext(
  today: IsoDate,
  marks: readonly ReminderMark[] | undefined,
  out: Reminder[],
): RuleContext {
  // The latest day each reminder was marked (a "done" mark implies the person has seen it).
  const seenOn = new Map<string, IsoDate>()
  const done = new Set<string>()
  for (const m of marks ?? []) {
    const id = currentReminderId(m.reminderId)
    if (m.state === 'done') done.add(id)
    const before = seenOn.get(id)
    if (before === undefined || before < m.on) seenOn.set(id, m.on)
  }
  const seenSince = (id: string, from: IsoDate | undefined) => {
    const on = seenOn.get(id)
    return on !== undefined && (from === undefined || on >= from)
  }
  const soonDays = parameterOn('soon_days', today)
  return {
    today,
    emit(draft: ReminderDraft): void {
      const soonFrom = addDays(draft.safeBy ?? draft.due, -(draft.headsUpDays ?? soonDays))
      const markedDone = done.has(draft.id) && !NOT_MARKABLE_DONE.has(draft.kind)
      const expired = !draft.done && !markedDone && draft.expires === true && draft.due < today
      const reminder: Reminder = {
        id: draft.id,
        kind: draft.kind,
        due: draft.due,
        record: draft.record,
        state: stateOf(draft.due, today, soonFrom, {
          done: draft.done || markedDone,
          expires: draft.expires,
          info: INFO.has(draft.kind) || draft.asks !== undefined,
        }),
        seen: seenSince(draft.id, draft.marksFrom),
        markedDone: markedDone && !draft.done,
        expired,
        ruleId: draft.kind,
        sources: draft.sources,
        message: draft.message,
        explanation: draft.explanation,
        soonFrom,
      }
      if (draft.notes && draft.notes.length > 0) reminder.notes = draft.notes
      if (draft.safeBy !== undefined) reminder.safeBy = draft.safeBy
      if (draft.asks !== undefined) reminder.asks = draft.asks
      out.push(reminder)
    },
  }
}
