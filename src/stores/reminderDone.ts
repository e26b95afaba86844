import { defineStore, storeToRefs } from 'pinia'
import { removeContractWrittenToday, saveContract, type ContractFields } from '@/db/contracts'
import { decisions, meetingRequests, notices } from '@/db/records'
import type { FormMapping } from '@/domain/forms'
import type { Contract, Decision, MeetingRequest, Notice } from '@/domain/model'
import { isSigned } from '@/domain/records/contract'
import {
  appealDoneForm,
  hearingDoneForm,
  meetingDoneForm,
  signedDoneForm,
  type DoneAsksKind,
  type DoneValues,
} from '@/domain/records/reminder-done'
import { UNSAVED_ID, unsaved } from '@/domain/forms'
import type { Reminder } from '@/domain/reminders'
import { useClockStore } from './clock'
import { useFactsStore } from './facts'
import { useProjectStore } from './project'

/** Takes back what "done" wrote: the record as it was before. */
export type Undo = () => Promise<void>

type Done<R> = {
  kind: DoneAsksKind
  /** The record the answer is written on, as it is now (an unsaved one when the answer creates it). */
  record: R
  mapping: FormMapping<R, DoneValues>
  /** Writes the answer on the record; resolves to the way back. */
  save: (record: R, expected: R | undefined) => Promise<Undo>
}
/** Where the answer of a deadline's "done" goes: one record of one kind. */
export type DoneTarget = Done<Decision> | Done<Notice> | Done<MeetingRequest> | Done<Contract>

/** The changes that put `before` back over `saved`: its values, and every field `saved` added cleared. */
function restoring<T extends object>(before: T, saved: T): Partial<T> {
  const changes: Record<string, unknown> = { ...(before as Record<string, unknown>) }
  for (const key of Object.keys(saved)) if (!(key in before)) changes[key] = undefined
  return changes as Partial<T>
}

/** One target, typed by its record (the union alone would not type the methods of an object literal). */
const make = <R,>(done: Done<R>): DoneTarget => done as unknown as DoneTarget

const contractFields = ({ id: _id, projectId: _project, recordedOn: _stamps, corrections: _corrections, ...fields }: Contract): ContractFields => fields

/**
 * "It is done" on a deadline that protects the person (src/domain/records/reminder-done.ts): which record the answer
 * is written on, how, and how to take it back. Writes go through the repositories, checked like every other write.
 */
export const useReminderDoneStore = defineStore('reminderDone', () => {
  const factsStore = useFactsStore()
  const projectStore = useProjectStore()
  const { today } = storeToRefs(useClockStore())

  function contractDone(kind: DoneAsksKind, contract: Contract): DoneTarget {
    return make<Contract>({
      kind,
      record: contract,
      mapping: signedDoneForm,
      async save(record, expected) {
        const projectId = projectStore.currentId()
        if (record.id === UNSAVED_ID) {
          const saved = await saveContract(projectId, undefined, contractFields(record), today.value)
          return () => removeContractWrittenToday(saved.id, saved, today.value)
        }
        const saved = await saveContract(projectId, record.id, contractFields(record), today.value, expected)
        // A signature written today may be taken back today (src/db/contracts.ts).
        return async () => void (await saveContract(projectId, record.id, contractFields(contract), today.value, saved))
      },
    })
  }

  /** Where this reminder's "done" is written; undefined when the app cannot tell (its screen then takes the answer). */
  function target(reminder: Reminder): DoneTarget | undefined {
    const facts = factsStore.facts
    if (!facts) return undefined
    const { table, id } = reminder.record
    switch (reminder.kind) {
      case 'appeal-deadline': {
        if (table === 'decisions') {
          const decision = facts.decisions?.find((d) => d.id === id)
          if (!decision) return undefined
          return make<Decision>({
            kind: reminder.kind,
            record: decision,
            mapping: appealDoneForm,
            async save(record, expected) {
              const saved = await decisions.save(projectStore.currentId(), record, today.value, expected)
              return async () => void (await decisions.update(saved.id, restoring(decision, saved), today.value, saved))
            },
          })
        }
        // A grant noted on the project only: the appeal is written on the grant decision, noted now as a letter.
        const { grantedOn, grantNotifiedOn } = facts.project
        if (grantedOn === undefined) return undefined
        return make<Decision>({
          kind: reminder.kind,
          record: unsaved<Decision>({ kind: 'grant', decidedOn: grantedOn, ...(grantNotifiedOn ? { notifiedOn: grantNotifiedOn } : {}) }),
          mapping: appealDoneForm,
          async save(record) {
            const saved = await decisions.save(projectStore.currentId(), record, today.value)
            return () => decisions.remove(saved.id)
          },
        })
      }
      case 'hearing-right': {
        const notice = facts.notices?.find((n) => n.id === id)
        if (!notice) return undefined
        return make<Notice>({
          kind: reminder.kind,
          record: notice,
          mapping: hearingDoneForm,
          async save(record, expected) {
            const saved = await notices.save(projectStore.currentId(), record, today.value, expected)
            return async () => void (await notices.update(saved.id, restoring(notice, saved), today.value, saved))
          },
        })
      }
      case 'meeting-due': {
        const request = facts.meetingRequests?.find((r) => r.id === id)
        if (!request) return undefined
        return make<MeetingRequest>({
          kind: reminder.kind,
          record: request,
          mapping: meetingDoneForm,
          async save(record, expected) {
            const saved = await meetingRequests.save(projectStore.currentId(), record, today.value, expected)
            return async () => void (await meetingRequests.update(saved.id, restoring(request, saved), today.value, saved))
          },
        })
      }
      case 'cooling-off-ends': {
        const contract = facts.contracts?.find((c) => c.id === id)
        return contract ? contractDone(reminder.kind, contract) : undefined
      }
      case 'isip-due': {
        // The ISIP is concluded when the person signs: the latest contract not signed yet, or a new one.
        const open = [...(facts.contracts ?? [])].reverse().find((c) => !isSigned(c))
        return contractDone(reminder.kind, open ?? unsaved<Contract>({ signedBy: {} }))
      }
      default:
        return undefined
    }
  }

  return { target }
})
