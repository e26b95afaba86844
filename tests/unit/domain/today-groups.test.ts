import { describe, expect, it } from 'vitest'
import type { IsoDate, Project, Step } from '@/domain/model'
import { computeReminders, groupReminders, type ProjectFacts } from '@/domain/reminders'

// "The next 7 days" is today and the six days after, whatever the weekday. Each row was worked out on a calendar:
// the week of Monday 7 December 2026 to Sunday 13 December 2026.
const WEEK: { name: string; today: IsoDate; sixth: IsoDate; seventh: IsoDate; yesterday: IsoDate }[] = [
  { name: 'Monday', today: '2026-12-07', sixth: '2026-12-13', seventh: '2026-12-14', yesterday: '2026-12-06' },
  { name: 'Tuesday', today: '2026-12-08', sixth: '2026-12-14', seventh: '2026-12-15', yesterday: '2026-12-07' },
  { name: 'Wednesday', today: '2026-12-09', sixth: '2026-12-15', seventh: '2026-12-16', yesterday: '2026-12-08' },
  { name: 'Thursday', today: '2026-12-10', sixth: '2026-12-16', seventh: '2026-12-17', yesterday: '2026-12-09' },
  { name: 'Friday', today: '2026-12-11', sixth: '2026-12-17', seventh: '2026-12-18', yesterday: '2026-12-10' },
  { name: 'Saturday', today: '2026-12-12', sixth: '2026-12-18', seventh: '2026-12-19', yesterday: '2026-12-11' },
  { name: 'Sunday', today: '2026-12-13', sixth: '2026-12-19', seventh: '2026-12-20', yesterday: '2026-12-12' },
]

const project: Project = { id: 'p1', createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z', pcsw: { name: 'CPAS', municipality: 'Liège' } }
const step = (id: string, dueDate: IsoDate, status: Step['status'] = 'todo'): Step => ({
  id,
  projectId: 'p1',
  title: id,
  who: 'me',
  dueDate,
  status,
  author: { role: 'me' },
  createdOn: '2026-01-01',
  order: 0,
})
const ids = (list: { record: { id: string } }[]) => list.map((r) => r.record.id)

describe("Today's groups", () => {
  it.each(WEEK)('on a $name, the next 7 days run from today to today + 6; a step a week away is later', ({ today, sixth, seventh, yesterday }) => {
    const facts: ProjectFacts = {
      project,
      lastExportOn: today,
      steps: [step('today', today), step('sixth', sixth), step('seventh', seventh), step('late', yesterday), step('done', today, 'done'), step('doneLate', yesterday, 'done')],
    }
    const groups = groupReminders(computeReminders(facts, today), today)
    expect(groups.nextEnd).toBe(sixth)
    expect(ids(groups.late)).toEqual(['late'])
    expect(ids(groups.next)).toEqual(['today', 'sixth'])
    expect(ids(groups.later)).toEqual(['seventh', 'p1']) // and the "keep a copy" reminder, 60 days on
    // Done ones, whatever their date, are under "done", most recent first.
    expect(ids(groups.done)).toEqual(['done', 'doneLate'])
  })

  it('keeps a period that ended (not late, nothing to do) under "done"', () => {
    const facts: ProjectFacts = { project, lastExportOn: '2026-12-09', contracts: [{ id: 'c1', projectId: 'p1', draftReceivedOn: '2026-11-20', signedBy: {} }] }
    const groups = groupReminders(computeReminders(facts, '2026-12-09'), '2026-12-09')
    expect(groups.done.map((r) => r.kind)).toEqual(['cooling-off-ends'])
    expect(groups.late).toEqual([])
  })

  it('puts an appeal whose safe day is within the 7 days there, though its legal last day is after', () => {
    // Notified Monday 30 November 2026: 3 months end on Sunday 28 February 2027; safe by Friday 26, legal Monday 1 March.
    const facts: ProjectFacts = { project, lastExportOn: '2027-02-22', decisions: [{ id: 'd1', projectId: 'p1', kind: 'refusal', decidedOn: '2026-11-24', notifiedOn: '2026-11-30' }] }
    const groups = groupReminders(computeReminders(facts, '2027-02-22'), '2027-02-22')
    expect(groups.nextEnd).toBe('2027-02-28')
    expect(groups.next.map((r) => r.kind)).toContain('appeal-deadline')
  })
})
