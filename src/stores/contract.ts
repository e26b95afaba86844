import { defineStore, storeToRefs } from 'pinia'
import { computed } from 'vue'
import { addAmendment, correctContract, saveContract, type ContractFields, type NewAmendment } from '@/db/contracts'
import type { Amendment, Contract } from '@/domain/model'
import { amendmentKind, contractKind, isSigned, type CorrectionInput } from '@/domain/records/contract'
import { contractTerms, lastDayOf, type ContractTerms } from '@/domain/rules/contract-terms'
import { signatureDate } from '@/domain/rules/evaluations'
import { useClockStore } from './clock'
import { useFactsStore } from './facts'
import { usePlanStore } from './plan'
import { useProjectStore } from './project'

/** The contract of the current project: the draft, the signatures, and the amendments after signing. */
export const useContractStore = defineStore('contract', () => {
  const projectStore = useProjectStore()
  const factsStore = useFactsStore()
  const plan = usePlanStore()
  const { today } = storeToRefs(useClockStore())

  /** True once the project's records and its partners have been read. */
  const ready = computed(() => factsStore.ready && plan.ready)
  /** The partner organisations of the project (part 1 records them): the contract asks for their signature when there is one. */
  const partners = computed(() => plan.partners)
  /** Every contract of the project, oldest first. */
  const contracts = computed<Contract[]>(() => [...(factsStore.facts?.contracts ?? [])].sort(contractKind.order))
  /** The contract being worked on: the latest one. */
  const contract = computed<Contract | undefined>(() => contracts.value[contracts.value.length - 1])
  /** The person has signed it: from then on every change is an amendment. */
  const signed = computed(() => isSigned(contract.value))
  /** Contracts before the current one, latest first: read only, as signed, with their amendments. */
  const earlier = computed<Contract[]>(() => contracts.value.slice(0, -1).reverse())

  /** The amendments of one contract, in the order agreed. */
  function amendmentsOf(contractId: string | undefined): Amendment[] {
    return (factsStore.facts?.amendments ?? []).filter((a) => a.contractId === contractId).sort(amendmentKind.order)
  }
  /** The current contract's amendments, in the order agreed. */
  const amendments = computed<Amendment[]>(() => amendmentsOf(contract.value?.id))

  /** The current contract's duration and end in force: as the latest amendment that changed them says, else as signed. */
  const terms = computed<ContractTerms>(() => (contract.value ? contractTerms(contract.value, amendments.value) : {}))
  /** The current contract's last day under those terms, once it is concluded and they say it. */
  const lastDay = computed(() => {
    const signed = contract.value && signatureDate(contract.value)
    return signed === undefined ? undefined : lastDayOf(signed, terms.value)
  })

  /** Records the contract (or its draft stage changes; once signed, only empty details can be filled in). */
  function save(fields: ContractFields, expected?: Contract): Promise<Contract> {
    return saveContract(projectStore.currentId(), contract.value?.id, fields, today.value, expected)
  }

  /** Starts a new contract (when the PCSW proposes another one): the one before stays as it was. */
  function startNew(fields: ContractFields): Promise<Contract> {
    return saveContract(projectStore.currentId(), undefined, fields, today.value)
  }

  /** Adds an amendment to the signed contract (never overwrites one). */
  function amend(input: NewAmendment): Promise<Amendment> {
    if (!contract.value) throw new Error('No contract')
    return addAmendment(contract.value.id, input, today.value)
  }

  /** Corrects a wrong date of the signed contract, with why (kept in its history). */
  function correct(input: Pick<CorrectionInput, 'field' | 'to' | 'reason'>, expected: Contract): Promise<Contract> {
    return correctContract(expected.id, input, today.value, expected)
  }

  return { ready, partners, contracts, contract, signed, earlier, amendments, amendmentsOf, terms, lastDay, save, startNew, amend, correct }
})
