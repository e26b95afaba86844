import { defineStore, storeToRefs } from 'pinia'
import { computed } from 'vue'
import { useProjectLiveQuery } from '@/composables/useLiveQuery'
import { addCommitment, listCommitments, removeCommitment, setCommitmentStatus, updateCommitment } from '@/db/commitments'
import { addPartner, listPartners, removePartner, restorePartner, updatePartner, type NewPartner, type RemovedPartner } from '@/db/partners'
import { addStep, dropStep, markStepDone, moveStep, reopenStep, updateStep, type NewStep, type StepChanges } from '@/db/steps'
import type { Commitment, CommitmentStatus, Party, Partner, Step } from '@/domain/model'
import { stepKind } from '@/domain/records/step'
import { useClockStore } from './clock'
import { useCompanionStore } from './companion'
import { useFactsStore } from './facts'
import { useProjectStore } from './project'

/** The step-by-step plan of the current project: steps, commitments on each side, partner organisations. */
export const usePlanStore = defineStore('plan', () => {
  const projectStore = useProjectStore()
  const factsStore = useFactsStore()
  const companion = useCompanionStore()
  /** Today's date (a step cannot be done after it). */
  const { today } = storeToRefs(useClockStore())
  const projectId = () => projectStore.current?.id
  const commitmentsQuery = useProjectLiveQuery(projectId, listCommitments, [] as Commitment[])
  const partnersQuery = useProjectLiveQuery(projectId, listPartners, [] as Partner[])

  /** The steps in the person's order, dropped ones included (the rules engine reads them too: one read for both). */
  const steps = computed<Step[]>(() => [...(factsStore.facts?.steps ?? [])].sort(stepKind.order))
  /** Every commitment, in the order written. */
  const commitments = commitmentsQuery.value
  /** The partner organisations, by name. */
  const partners = partnersQuery.value
  /** True once steps, commitments and partners have been read. */
  const ready = computed(() => factsStore.ready && commitmentsQuery.ready.value && partnersQuery.ready.value)

  /** Adds a step, to do, at the end of the plan, written by whoever is writing now. */
  function addNewStep(input: Omit<NewStep, 'author'>): Promise<Step> {
    return addStep(projectStore.currentId(), { ...input, author: companion.author }, today.value)
  }

  /** Saves changes to a step as whoever is writing now (who wrote it first stays). Refuses a step changed since `expected`. */
  function editStep(id: string, changes: StepChanges, expected?: Step): Promise<Step> {
    return updateStep(id, changes, today.value, expected, companion.author)
  }

  /** Moves a step one place up (-1) or down (+1); returns its new position. */
  const move = (id: string, direction: -1 | 1): Promise<number> => moveStep(id, direction)
  /** Marks a step done today. */
  const markDone = (id: string): Promise<Step> => markStepDone(id, today.value, today.value)
  /** Drops a step: it stays in the plan, shown as dropped. */
  const drop = (id: string): Promise<Step> => dropStep(id, today.value)
  /** Takes a dropped or done step back to "to do". */
  const reopen = (id: string): Promise<Step> => reopenStep(id, today.value)

  /** Adds what one side commits to, written by whoever is writing now. */
  function addNewCommitment(party: Party, text: string, partnerId?: string): Promise<Commitment> {
    return addCommitment(projectStore.currentId(), { party, text, partnerId, author: companion.author }, today.value)
  }

  /** Rewrites a commitment as whoever is writing now (who wrote it first stays). Refuses one changed since `expected`. */
  function editCommitment(id: string, text: string, expected?: Commitment): Promise<Commitment> {
    return updateCommitment(id, text, companion.author, today.value, expected)
  }

  /** Says whether what the PCSW or a partner committed to was kept (`undefined`: no status again), as of today. */
  const setStatus = (id: string, status: CommitmentStatus | undefined): Promise<Commitment> => setCommitmentStatus(id, status, today.value)

  /** Removes a commitment written by mistake. */
  const removeOneCommitment = (id: string): Promise<void> => removeCommitment(id)

  /** Adds a partner organisation and, if written, what it commits to, in one transaction. */
  function addNewPartner(input: NewPartner, firstCommitment?: string): Promise<Partner> {
    const first = firstCommitment?.trim() ? { text: firstCommitment, author: companion.author } : undefined
    return addPartner(projectStore.currentId(), input, today.value, first)
  }

  /** Saves a partner's new name or contact; refuses a partner changed since `expected`. */
  function editPartner(id: string, changes: Partial<NewPartner>, expected?: Partner): Promise<Partner> {
    return updatePartner(id, changes, today.value, expected)
  }

  /** Removes a partner with its commitments; the steps it was to do stay, without its name. Answers what to put back. */
  const removeOnePartner = (id: string): Promise<RemovedPartner> => removePartner(id)
  /** Puts back a partner just removed (the "undo" after removing it). */
  const restoreOnePartner = (removed: RemovedPartner): Promise<void> => restorePartner(removed)

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
    setStatus,
    addNewPartner,
    editPartner,
    removeOnePartner,
    restoreOnePartner,
  }
})
