import { describe, expect, it } from 'vitest'
import { reminderEvent, type EventWords } from '@/composables/useCalendarFile'
import { computeReminders } from '@/domain/reminders'
import type { ProjectFacts } from '@/domain/rules/types'

// A refusal notified on Monday 30 November 2026: 3 months end on Sunday 28 February 2027, so the legal last day is
// Monday 1 March and the safe date Friday 26 February (legal-facts §11). The calendar event keeps the legal day as
// its date and rings before the safe one.
const facts: ProjectFacts = {
  project: { id: 'p', createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z', pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } },
  lastExportOn: '2026-12-01',
  decisions: [{ id: 'd1', projectId: 'p', kind: 'refusal', decidedOn: '2026-11-24', notifiedOn: '2026-11-30' }],
}
const words: EventWords = {
  t: (key, values) => `${key}${values ? ` ${JSON.stringify(values)}` : ''}`,
  text: (message) => message.key,
  sources: (ids) => [...ids],
  date: (iso) => `[${iso}]`,
}

describe('a reminder as a calendar event', () => {
  it('rings the day before the safe date and on it, keeps the legal last day, and says the safe date first', () => {
    const appeal = computeReminders(facts, '2026-12-02').find((r) => r.kind === 'appeal-deadline')!
    expect(appeal).toMatchObject({ due: '2027-03-01', safeBy: '2027-02-26' })
    const event = reminderEvent(appeal, words)
    expect(event.date).toBe('2027-03-01')
    // Friday 26 February is 3 days before Monday 1 March: the day before it, and on it.
    expect(event.alarmDaysBefore).toEqual([4, 3])
    expect(event.description?.split('\n\n')[0]).toBe('reminders.appeal_deadline.safe_by {"date":"[2027-02-26]"}')
  })

  it('rings the day before and on the day where nothing moved', () => {
    const moved = { ...facts, decisions: [{ ...facts.decisions![0]!, notifiedOn: '2026-12-01' }] }
    const appeal = computeReminders(moved, '2026-12-02').find((r) => r.kind === 'appeal-deadline')!
    expect(appeal.due).toBe('2027-03-01')
    expect(reminderEvent(appeal, words).alarmDaysBefore).toEqual([1, 0])
  })
})
