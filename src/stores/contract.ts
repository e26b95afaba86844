import { defineStore } from 'pinia'
import { computed, effectScope, shallowRef, watch, type EffectScope } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { addAmendment, saveContract, signedDate, type ContractFields, type NewAmendment } from '@/db/contracts'
import { listPartners } from '@/db/partners'
import type { Amendment, Contract, Partner } from '@/domain/model'
import { useProjectStore } from './project'
import { useRemindersStore } from './reminders'

/** The contract of the current project: the draft, the signatures, and the amendments after signing. */
export const useContractStore = defineStore('contract', () => {
  const projectStore = useProjectStore()
  const reminders = useRemindersStore()

  /** Partner organisations (part 1 records them): the contract asks for their signature when there is one. */
  const partnersQuery = shallowRef<ReturnType<typeof useLiveQuery<Partner[]>>>()
  let scope: EffectScope | undefined
  watch(
    () => projectStore.current?.id,
    (id) => {
      scope?.stop()
      scope = effectScope()
      partnersQuery.value = scope.run(() => useLiveQuery(async () => (id ? listPartners(id) : []), [] as Partner[]))
    },
    { immediate: true },
  )

  /** True once the project, its records and the partners have been read. */
  const ready = computed(() => reminders.ready && partnersQuery.value?.ready.value === true)
  /** The partner organisations of the project. */
  const partners = computed(() => partnersQuery.value?.value.value ?? [])
  /** Every contract of the project, oldest first. */
  const contracts = computed<Contract[]>(() => {
    const key = (c: Contract) => c.draftReceivedOn ?? signedDate(c) ?? ''
    return [...(reminders.facts?.contracts ?? [])].sort((a, b) => key(a).localeCompare(key(b)) || a.id.localeCompare(b.id))
  })
  /** The contract being worked on: the latest one. */
  const contract = computed<Contract | undefined>(() => contracts.value[contracts.value.length - 1])
  /** The person has signed it: from then on every change is an amendment. */
  const signed = computed(() => contract.value !== undefined && signedDate(contract.value) !== undefined)
  /** Contracts before the current one, latest first: read only, as signed, with their amendments. */
  const earlier = computed<Contract[]>(() => contracts.value.slice(0, -1).reverse())

  /** The amendments of one contract, in the order agreed. */
  function amendmentsOf(contractId: string | undefined): Amendment[] {
    const key = (a: Amendment) => `${a.agreedOn} ${a.recordedAt ?? ''}`
    return (reminders.facts?.amendments ?? []).filter((a) => a.contractId === contractId).sort((a, b) => key(a).localeCompare(key(b)))
  }
  /** The current contract's amendments, in the order agreed. */
  const amendments = computed<Amendment[]>(() => amendmentsOf(contract.value?.id))

  /** Records the contract (or its draft stage changes; once signed, only empty details can be filled in). */
  async function save(fields: ContractFields): Promise<Contract> {
    const projectId = projectStore.current?.id
    if (!projectId) throw new Error('No current project')
    return saveContract(projectId, contract.value?.id, fields, reminders.today)
  }

  /** Starts a new contract (when the PCSW proposes another one): the one before stays as it was. */
  async function startNew(fields: ContractFields): Promise<Contract> {
    const projectId = projectStore.current?.id
    if (!projectId) throw new Error('No current project')
    return saveContract(projectId, undefined, fields, reminders.today)
  }

  /** Adds an amendment to the signed contract (never overwrites one). */
  async function amend(input: NewAmendment): Promise<Amendment> {
    if (!contract.value) throw new Error('No contract')
    return addAmendment(contract.value.id, input, reminders.today)
  }

  return { ready, partners, contracts, contract, signed, earlier, amendments, amendmentsOf, save, startNew, amend }
})
