import { defineStore, storeToRefs } from 'pinia'
import { computed } from 'vue'
import { useProjectLiveQuery } from '@/composables/useProjectLiveQuery'
import { addCommitment, listCommitments, removeCommitment, updateCommitment } from '@/db/commitments'
import { addPartner, listPartners, updatePartner, type NewPartner } from '@/db/partners'
import { addStep, dropStep, listSteps, markStepDone, moveStep, reopenStep, updateStep, type NewStep, type StepChanges } from '@/db/steps'
import type { Commitment, Party, Partner, Step } from '@/domain/model'
import { useCompanionStore } from './companion'
import { useProjectStore } from './project'
import { useClockStore } from './clock'

/** The step-by-step plan of the current project: steps, commitments on each side, partner organisations. */
export const usePlanStore = defineStore('plan', () => {
  const projectStore = useProjectStore()
  const companion = useCompanionStore()
  /** Today's date (a step cannot be done after it). */
  const today = storeToRefs(useClockStore()).today
  const projectId = computed(() => projectStore.current?.id)
  const stepsQuery = useProjectLiveQuery(projectId, listSteps, [] as Step[])
  const commitmentsQuery = useProjectLiveQuery(projectId, listCommitments, [] as Commitment[])
  const partnersQuery = useProjectLiveQuery(projectId, listPartners, [] as Partner[])

  /** The steps in the person's order, dropped ones included. */
  const steps = stepsQuery.value
  /** Every commitment, in the order written. */
  const commitments = commitmentsQuery.value
  /** The partner organisations, by name. */
  const partners = partnersQuery.value
  /** True once steps, commitments and partners have been read. */
  const ready = computed(() => stepsQuery.ready.value && commitmentsQuery.ready.value && partnersQuery.ready.value)

  function currentId(): string {
    if (!projectId.value) throw new Error('No current project')
    return projectId.value
  }

  /** Adds a step, to do, at the end of the plan, written by whoever is writing now. */
  async function addNewStep(input: Omit<NewStep, 'author'>): Promise<Step> {
    return addStep(currentId(), { ...input, author: companion.author }, today.value)
  }

  /** Saves changes to a step; whoever is writing now becomes its author. */
  async function editStep(id: string, changes: Omit<StepChanges, 'author'>): Promise<Step> {
    return updateStep(id, { ...changes, author: companion.author }, today.value)
  }

  /** Moves a step one place up (-1) or down (+1); returns its new position. */
  async function move(id: string, direction: -1 | 1): Promise<number> {
    return moveStep(id, direction)
  }

  /** Marks a step done today. */
  async function markDone(id: string): Promise<Step> {
    return markStepDone(id, today.value, today.value)
  }

  /** Drops a step: it stays in the plan, shown as dropped. */
  async function drop(id: string): Promise<Step> {
    return dropStep(id, today.value)
  }

  /** Takes a dropped or done step back to "to do". */
  async function reopen(id: string): Promise<Step> {
    return reopenStep(id, today.value)
  }

  /** Adds what one side commits to, written by whoever is writing now. */
  async function addNewCommitment(party: Party, text: string, partnerId?: string): Promise<Commitment> {
    return addCommitment(currentId(), { party, text, partnerId, author: companion.author })
  }

  /** Rewrites a commitment; whoever is writing now becomes its author. */
  async function editCommitment(id: string, text: string): Promise<Commitment> {
    return updateCommitment(id, text, companion.author)
  }

  /** Removes a commitment written by mistake. */
  async function removeOneCommitment(id: string): Promise<void> {
    await removeCommitment(id)
  }

  /** Adds a partner organisation and, if written, what it commits to, in one transaction. */
  async function addNewPartner(input: NewPartner, firstCommitment?: string): Promise<Partner> {
    return addPartner(currentId(), input, firstCommitment?.trim() ? { text: firstCommitment, author: companion.author } : undefined)
  }

  /** Saves a partner's new name or contact. */
  async function editPartner(id: string, changes: Partial<NewPartner>): Promise<Partner> {
    return updatePartner(id, changes)
  }

  return {
    today,
    steps,
    commitments,
    partners,
    ready,
    addNewStep,
    editStep,
    move,
    markDone,
    drop,
    reopen,
    addNewCommitment,
    editCommitment,
    removeOneCommitment,
    addNewPartner,
    editPartner,
  }
})
