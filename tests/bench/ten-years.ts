import type { Page } from 'playwright-core'
import { addDays, addMonthsClamped } from '../../src/domain/dates'
import type { Contract, Decision, Evaluation, MeetingRequest, Notice, Project, ReminderMark, Step } from '../../src/domain/model'

// The ten-year project of the benchmarks: 1,000 steps, 40 evaluations, 60 letters, 30 meeting requests and ten
// yearly contracts, ending today (plus a year of steps ahead).

export function todayIso(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/** The records of a ten-year project, ending today (plus a year of steps ahead). */
export function tenYears(today: string) {
  const projectId = 'bench'
  const start = addMonthsClamped(today, -120)
  const author = { role: 'me' as const }
  const project: Project = {
    id: projectId,
    createdAt: `${start}T09:00:00.000Z`,
    updatedAt: new Date().toISOString(),
    pcsw: { name: 'CPAS de Charleroi', municipality: 'Charleroi' },
    requestedOn: start,
    grantedOn: addDays(start, 20),
    grantNotifiedOn: addDays(start, 25),
    ageBand: 'under-25',
    newBeneficiary: true,
  }
  const contracts: Contract[] = Array.from({ length: 10 }, (_, y) => {
    const signed = addMonthsClamped(start, 2 + 12 * y)
    return { id: `c${y}`, projectId, draftReceivedOn: addDays(signed, -7), signedBy: { me: signed, pcsw: signed }, durationMonths: 12 }
  })
  const evaluations: Evaluation[] = Array.from({ length: 40 }, (_, i) => {
    const on = addMonthsClamped(start, 3 + 3 * i)
    return on <= today ? { id: `e${i}`, projectId, heldOn: on, inPerson: i % 2 === 0, said: 'Going on' } : { id: `e${i}`, projectId, plannedOn: on }
  })
  const kinds: Decision['kind'][] = ['grant', 'refusal', 'other', 'sanction', 'acknowledgement']
  const decisions: Decision[] = Array.from({ length: 55 }, (_, i) => {
    const on = addDays(start, 30 + 65 * i)
    const kind = kinds[i % kinds.length]!
    return kind === 'acknowledgement'
      ? { id: `d${i}`, projectId, kind, decidedOn: on }
      : { id: `d${i}`, projectId, kind, decidedOn: on, notifiedOn: addDays(on, 5), summary: `Letter ${i}`, ...(i % 7 === 0 ? { appealLodgedOn: addDays(on, 20) } : {}) }
  })
  const notices: Notice[] = Array.from({ length: 5 }, (_, i) => ({ id: `n${i}`, projectId, receivedOn: addDays(start, 300 + 700 * i), hearingAskedOn: addDays(start, 305 + 700 * i) }))
  const meetingRequests: MeetingRequest[] = Array.from({ length: 30 }, (_, i) => {
    const on = addDays(start, 40 + 120 * i)
    return { id: `m${i}`, projectId, askedOn: on, how: 'phone', about: `Question ${i}`, meetingOn: addDays(on, 4), held: true }
  })
  const steps: Step[] = Array.from({ length: 1000 }, (_, i) => {
    const due = addDays(start, 4 * i)
    // The past is mostly done; a few steps were left behind.
    const status: Step['status'] = due < today ? (i % 50 === 0 ? 'todo' : 'done') : 'todo'
    const step: Step = { id: `s${i}`, projectId, title: `Step ${i}`, who: (['me', 'pcsw', 'partner'] as const)[i % 3]!, dueDate: due, status, author, createdOn: start, order: i }
    // A done step carries its day, as the app's checks ask: the backup bench imports these records.
    return status === 'done' ? { ...step, doneOn: due } : step
  })
  const reminderMarks: ReminderMark[] = steps
    .filter((s) => s.status === 'todo' && s.dueDate! < today)
    .slice(0, 5)
    .map((s) => ({ id: `${projectId}:step-due:${s.id}`, projectId, reminderId: `step-due:${s.id}`, state: 'seen', on: today }))
  return {
    projects: [project],
    contracts,
    evaluations,
    decisions,
    notices,
    meetingRequests,
    steps,
    reminderMarks,
    settings: [{ key: 'currentProjectId', value: projectId }],
  }
}

/** Writes the records straight into the app's IndexedDB ('isip-own'), which the app created on its first visit. */
export async function seedTenYears(page: Page, data: ReturnType<typeof tenYears>): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('isip-own')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(Object.keys(records), 'readwrite')
          for (const [store, rows] of Object.entries(records)) for (const row of rows) tx.objectStore(store).put(row)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    data,
  )
}
