import type { ContractDateDetail } from '@/domain/model'

/** The words of each date of a contract ("You signed on"), as the contract's screens name them. */
export const CONTRACT_DATE_LABEL: Record<Exclude<ContractDateDetail, 'signedBy.partner'>, string> = {
  draftReceivedOn: 'contract.draft_received',
  signedOn: 'contract.signed_on',
  'signedBy.me': 'contract.signed_by_me',
  'signedBy.pcsw': 'contract.signed_by_pcsw',
  endsOn: 'contract.ends_on',
}

/** The label of a contract's date; the partner's names the partner. */
export function contractDateLabel(t: (key: string, values?: Record<string, unknown>) => string, field: ContractDateDetail, partnerName: string): string {
  return field === 'signedBy.partner' ? t('contract.signed_by_partner', { name: partnerName || t('contract.party_partner') }) : t(CONTRACT_DATE_LABEL[field])
}
