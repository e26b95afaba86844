/**
 * Keeping a copy: the data exists only on this device.
 */
import { addDays, isValidIsoDate } from '../dates'
import { parameterOn } from '../parameters'
import type { ProjectFacts, RuleContext } from './types'

/**
 * `backup-due`: keep a copy of your data: the last export + 60 days. With no export yet, a first copy is advised
 * 7 days after the project was created (the calendar date of `createdAt`, as stored), so a new user is not met with
 * an overdue reminder on day one. Only a copy moves it on: a "done" mark does not hide it (rules/context.ts); a "seen"
 * mark counts only if made on or after the export the reminder counts from (`marksFrom`), so it lasts one cycle.
 * The id carries no date (issue 11: ids stay plain with the lock on); files from before carried the export's day.
 *
 * Source: this app (not a legal rule).
 */
export function backupDue(facts: ProjectFacts, ctx: RuleContext): void {
  const { project, lastExportOn } = facts
  const created = project.createdAt?.slice(0, 10)
  const first = !isValidIsoDate(lastExportOn)
  const start = first ? created : lastExportOn
  if (!isValidIsoDate(start)) return
  const length = parameterOn(first ? 'first_backup_days' : 'backup_interval_days', start)
  const due = addDays(start, length)
  ctx.emit({
    id: `backup-due:${project.id}`,
    kind: 'backup-due',
    ...(first ? {} : { marksFrom: start }),
    due,
    record: { table: 'projects', id: project.id },
    sources: ['this-app'],
    message: { key: 'reminders.backup_due.title', values: { date: due } },
    explanation: {
      key: first ? 'rules.backup_due.why_first' : 'rules.backup_due.why',
      values: { start, length, date: due },
      start: { event: first ? 'project-created' : 'last-export', date: start },
      length,
      unit: 'calendar-days',
      parameters: [first ? 'first_backup_days' : 'backup_interval_days'],
    },
    done: false,
  })
}
