import { defineStore, storeToRefs } from 'pinia'
import { computed } from 'vue'
import { meetingRequests } from '@/db/records'
import { updateProject } from '@/db/projects'
import { UNSAVED_ID } from '@/domain/forms'
import { meetingBy } from '@/domain/letters/build'
import type { LetterFields, LetterKind } from '@/domain/letters/types'
import type { Decision, MeetingRequest, Notice, Project } from '@/domain/model'
import type { Reminder } from '@/domain/reminders'
import { useClockStore } from './clock'
import { useFactsStore } from './facts'
import { useProjectStore } from './project'
import { useRemindersStore } from './reminders'

/** What a letter is about, by the ids in its address (`?request=`, `?notice=`, `?decision=`). */
export interface LetterSubject {
  request?: MeetingRequest
  notice?: Notice
  decision?: Decision
}

/** What making the letter kept on the device. */
export interface KeptLetter {
  /** The meeting request it noted (a new one), with the day the PCSW should grant it by. */
  recordedRequest?: { request: MeetingRequest; by: string }
  /** The person's details (or the tribunal chosen) were saved on the project. */
  savedDetails: boolean
}

const trimmed = (value: string) => value.trim() || undefined

/**
 * The letters the person sends (issue 17): what the app knows for them, and what making one keeps — the person's
 * details and the tribunal chosen on the project (so they go into the backup), and a meeting request not noted yet.
 */
export const useSendLettersStore = defineStore('sendLetters', () => {
  const projectStore = useProjectStore()
  const factsStore = useFactsStore()
  const reminders = useRemindersStore()
  const { today } = storeToRefs(useClockStore())

  /** True once the project's records are there. */
  const ready = computed(() => factsStore.ready)
  /** The day the contract was signed, if noted. */
  const signedOn = computed(() => factsStore.facts?.contracts?.find((c) => c.signedOn)?.signedOn)

  /** The record a letter is about, from its address; unknown ids are ignored. */
  function subjectOf(query: { request?: string; notice?: string; decision?: string }): LetterSubject {
    const facts = factsStore.facts
    return {
      request: query.request ? facts?.meetingRequests?.find((r) => r.id === query.request) : undefined,
      notice: query.notice ? facts?.notices?.find((n) => n.id === query.notice) : undefined,
      decision: query.decision ? facts?.decisions?.find((d) => d.id === query.decision) : undefined,
    }
  }

  /**
   * The appeal deadline of the decision as the letter gives it (its notification date may have been typed or
   * corrected here), computed by the rules engine itself: the legal last day and the "to be safe" day.
   */
  function appealDeadline(fields: Pick<LetterFields, 'documentKind' | 'documentDate' | 'notifiedOn'>): Reminder | undefined {
    const engine = reminders.engine
    const project = projectStore.current
    if (!engine || !project || fields.documentKind === 'no-decision' || fields.documentKind === 'notice' || !fields.notifiedOn) return undefined
    const decision: Decision = { id: 'letter', projectId: project.id, kind: fields.documentKind, notifiedOn: fields.notifiedOn, ...(fields.documentDate ? { decidedOn: fields.documentDate } : {}) }
    try {
      const bare: Project = { ...project, grantNotifiedOn: undefined, grantedOn: undefined, requestedOn: undefined }
      return engine.computeReminders({ project: bare, decisions: [decision] }, today.value).find((r) => r.id === 'appeal-deadline:letter')
    } catch {
      return undefined
    }
  }

  /**
   * Keeps what making a letter should: the person's details and tribunal on the project when they changed, and,
   * for a meeting request not noted yet, the request itself (asked on the letter's date, by letter). Refused as a
   * whole by the checks (a date after today): nothing is then saved. `notedHere` is the request this screen noted
   * already: the project's records may not show it yet when the person prints twice quickly.
   */
  async function keep(kind: LetterKind, fields: LetterFields, subject: LetterSubject, notedHere?: string): Promise<KeptLetter> {
    const project = projectStore.current
    if (!project) throw new Error('No current project')
    let recordedRequest: KeptLetter['recordedRequest']
    if (kind === 'meeting' && !subject.request && !notedHere) {
      const request = { id: UNSAVED_ID, projectId: project.id, askedOn: fields.date, how: 'letter', ...(trimmed(fields.about) ? { about: fields.about.trim() } : {}) } as MeetingRequest
      const saved = await meetingRequests.save(project.id, request, today.value)
      recordedRequest = { request: saved, by: meetingBy(saved.askedOn) }
    }
    const sender = { name: trimmed(fields.name), address: trimmed(fields.address), registerNumber: trimmed(fields.registerNumber), fileReference: trimmed(fields.fileReference) }
    const compact = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
    const changes: Partial<Project> = {}
    if (JSON.stringify(compact(sender)) !== JSON.stringify(compact(project.sender ?? {}))) changes.sender = compact(sender)
    if (kind === 'appeal') {
      const tribunal = compact({ divisionId: trimmed(fields.divisionId), address: trimmed(fields.tribunalAddress) })
      if (JSON.stringify(tribunal) !== JSON.stringify(compact(project.tribunal ?? {}))) changes.tribunal = tribunal
    }
    const savedDetails = Object.keys(changes).length > 0
    if (savedDetails) await updateProject(project.id, changes, today.value)
    return { ...(recordedRequest ? { recordedRequest } : {}), savedDetails }
  }

  return { ready, signedOn, subjectOf, appealDeadline, keep }
})
