import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ContractView from '@/views/ContractView.vue'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { draftOf, mountScreen, settle, until } from './mount'

type Wrapper = Awaited<ReturnType<typeof mountScreen>>['wrapper']

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 2, 10, 10, 0))
})
afterEach(() => vi.useRealTimers())

const project = () => createProject({ pcsw: { name: 'CPAS de Namur', municipality: 'Namur' } }, '2026-12-31')

async function open(language: 'en' | 'fr' | 'nl' = 'en') {
  const { wrapper } = await mountScreen(ContractView, { language, path: '/contract' })
  await until(() => expect(wrapper.find('[data-testid="contract-status"]').exists()).toBe(true))
  return wrapper
}

async function fill(wrapper: Wrapper, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) await wrapper.find(`#${id}`).setValue(value)
  await wrapper.find('[data-testid="contract-form"]').trigger('submit')
  await settle()
}

describe('Contract', () => {
  it('asks to start a project first when there is none', async () => {
    const { wrapper } = await mountScreen(ContractView, { path: '/contract' })
    await until(() => expect(wrapper.find('[data-testid="project-none"]').exists()).toBe(true))
    expect(wrapper.find('h1').text()).toBe('Contract')
    wrapper.unmount()
  })

  it('notes the draft and shows the cooling-off: until when, and that nobody may ask to sign before', async () => {
    await project()
    const wrapper = await open()
    await fill(wrapper, { 'contract-draftReceivedOn': '2026-03-09' })
    await until(() => expect(wrapper.find('[data-testid="contract-cooling-off"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="contract-cooling-off"]').attributes('data-due')).toBe('2026-03-14')
    expect(wrapper.find('[data-testid="contract-status"]').text()).toContain('Nobody may ask you to sign before this date.')
    expect(await getDb().contracts.toArray()).toMatchObject([{ draftReceivedOn: '2026-03-09', signedBy: {} }])
    wrapper.unmount()
  })

  it('refuses a signature before the draft was handed over, says why next to the field, and saves nothing', async () => {
    await project()
    const wrapper = await open()
    await fill(wrapper, { 'contract-draftReceivedOn': '2026-03-02', 'contract-signedByMe': '2026-03-01' })
    const input = wrapper.find('#contract-signedByMe')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toContain('contract-signedByMe-error')
    expect(wrapper.find('#contract-signedByMe-error').text()).toBe('This is before the day you received the draft contract. You can only sign after that.')
    expect(document.activeElement?.id).toBe('contract-signedByMe')
    expect(await getDb().contracts.count()).toBe(0)
    wrapper.unmount()
  })

  it('refuses a date that does not exist', async () => {
    await project()
    const wrapper = await open()
    // A browser's date input gives '' for 30/02/2026 and flags it as bad input.
    Object.defineProperty(wrapper.find('#contract-draftReceivedOn').element, 'validity', { value: { badInput: true } })
    await wrapper.find('[data-testid="contract-form"]').trigger('submit')
    await settle()
    expect(wrapper.find('#contract-draftReceivedOn-error').text()).toBe('This date does not exist. Check the day and the month.')
    expect(await getDb().contracts.count()).toBe(0)
    wrapper.unmount()
  })

  it('once signed, shows the contract as signed and asks for what is still missing (and, today only, the dates written today)', async () => {
    await project()
    const wrapper = await open()
    await fill(wrapper, { 'contract-draftReceivedOn': '2026-02-02', 'contract-signedByMe': '2026-02-09', 'contract-durationMonths': '12' })
    await until(() => expect(wrapper.find('[data-testid="contract-signed"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="contract-signed"]').text()).toContain('Monday 9\u00a0February 2026')
    // Written today: a typo may still be put right today (tests/component/ContractCorrection.test.ts: not on a later day).
    expect(wrapper.find('[data-testid="contract-typo-today"]').exists()).toBe(true)
    expect((wrapper.find('#contract-signedByMe').element as HTMLInputElement).value).toBe('2026-02-09')
    await fill(wrapper, { 'contract-signedByPcsw': '2026-02-10' })
    await until(() => expect(wrapper.find('[data-testid="contract-signed"]').text()).toContain('The PCSW signed on'))
    expect((await getDb().contracts.toArray())[0]?.signedBy).toEqual({ me: '2026-02-09', pcsw: '2026-02-10' })
    wrapper.unmount()
  })

  it('asks for the partner organisation’s signature only when there is one', async () => {
    const { id } = await project()
    const without = await open()
    expect(without.find('#contract-signedByPartner').exists()).toBe(false)
    without.unmount()
    await getDb().partners.add({ id: 'p1', projectId: id, name: 'Mission locale' })
    const withPartner = await open()
    await until(() => expect(withPartner.find('label[for="contract-signedByPartner"]').text()).toBe('Mission locale signed on'))
    withPartner.unmount()
  })

  it('keeps every amendment in order after the contract as signed, which never changes', async () => {
    const { id } = await project()
    await getDb().contracts.add({ id: 'c1', projectId: id, draftReceivedOn: '2026-01-05', signedBy: { me: '2026-01-12', pcsw: '2026-01-12' }, durationMonths: 12 })
    const wrapper = await open()
    const amend = async (agreedOn: string, change: string) => {
      await wrapper.find('#amendment-agreedOn').setValue(agreedOn)
      await wrapper.find('#amendment-change').setValue(change)
      await wrapper.find('[data-testid="amendment-form"]').trigger('submit')
      await until(() => expect(wrapper.find('[data-testid="amendment-form"] [role="status"]').text()).toBe('Amendment added.'))
    }
    await until(() => expect(wrapper.find('[data-testid="amendment-form"]').exists()).toBe(true))
    await amend('2026-02-20', 'The training starts in April')
    await amend('2026-03-02', 'A language course is added')
    await until(() => expect(wrapper.findAll('[data-testid="amendment"]')).toHaveLength(2))
    const items = wrapper.findAll('[data-testid="amendment"]').map((a) => a.text())
    expect(items[0]).toContain('Amendment 1')
    expect(items[0]).toContain('The training starts in April')
    expect(items[0]).toContain('Agreed by you and the PCSW.')
    expect(items[1]).toContain('A language course is added')
    expect(await getDb().contracts.get('c1')).toMatchObject({ signedBy: { me: '2026-01-12', pcsw: '2026-01-12' }, durationMonths: 12 })
    wrapper.unmount()
  })

  it('moves the contract’s end with an amendment that changes its duration, and keeps the terms as signed', async () => {
    const { id } = await project()
    await getDb().contracts.add({ id: 'c1', projectId: id, draftReceivedOn: '2026-01-05', signedBy: { me: '2026-01-12', pcsw: '2026-01-12' }, durationMonths: 12 })
    const wrapper = await open()
    await until(() => expect(wrapper.find('[data-testid="contract-terms-now"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="contract-terms-now"]').text()).toBe('Your contract runs up to and including Monday 11\u00a0January 2027.')
    await wrapper.find('#amendment-agreedOn').setValue('2026-03-02')
    await wrapper.find('#amendment-change').setValue('The contract is shortened: the training ends sooner')
    await wrapper.find('#amendment-durationMonths').setValue('6')
    await wrapper.find('[data-testid="amendment-form"]').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="contract-terms-now"]').attributes('data-last-day')).toBe('2026-07-11'))
    expect(wrapper.find('[data-testid="contract-terms-now"]').text()).toBe(
      'Your contract now runs up to and including Saturday 11\u00a0July 2026 (amendment 1, agreed on Monday 2\u00a0March 2026).',
    )
    expect(wrapper.find('[data-testid="amendment-duration"]').text()).toBe('New duration: 6\u00a0months')
    expect(await getDb().amendments.toArray()).toMatchObject([{ contractId: 'c1', agreedOn: '2026-03-02', durationMonths: 6 }])
    // The contract as signed never changes; the amendment holds the new term.
    expect(await getDb().contracts.get('c1')).toMatchObject({ durationMonths: 12 })
    wrapper.unmount()
  })

  it('refuses a new end date before the signature, and a duration that is not whole months', async () => {
    const { id } = await project()
    await getDb().contracts.add({ id: 'c1', projectId: id, draftReceivedOn: '2026-01-05', signedBy: { me: '2026-01-12', pcsw: '2026-01-12' }, durationMonths: 12 })
    const wrapper = await open('nl')
    await until(() => expect(wrapper.find('[data-testid="amendment-form"]').exists()).toBe(true))
    await wrapper.find('#amendment-agreedOn').setValue('2026-03-02')
    await wrapper.find('#amendment-change').setValue('Korter')
    await wrapper.find('#amendment-endsOn').setValue('2026-01-01')
    await wrapper.find('#amendment-durationMonths').setValue('2.5')
    await wrapper.find('[data-testid="amendment-form"]').trigger('submit')
    await settle()
    expect(wrapper.find('#amendment-endsOn-error').exists()).toBe(true)
    expect(wrapper.find('#amendment-durationMonths-error').exists()).toBe(true)
    expect(await getDb().amendments.count()).toBe(0)
    wrapper.unmount()
  })

  it('refuses an amendment dated before the signature or without its change', async () => {
    const { id } = await project()
    await getDb().contracts.add({ id: 'c1', projectId: id, signedBy: { me: '2026-01-12' } })
    const wrapper = await open()
    await until(() => expect(wrapper.find('[data-testid="amendment-form"]').exists()).toBe(true))
    await wrapper.find('#amendment-agreedOn').setValue('2026-01-10')
    await wrapper.find('[data-testid="amendment-form"]').trigger('submit')
    await settle()
    expect(wrapper.find('#amendment-agreedOn-error').text()).toBe('This is before the contract was signed.')
    expect(wrapper.find('#amendment-change-error').text()).toBe('Please fill this in.')
    expect(await getDb().amendments.count()).toBe(0)
    wrapper.unmount()
  })

  it('keeps what was typed when the screen is closed before saving', async () => {
    await project()
    const first = await open()
    await first.find('#contract-draftReceivedOn').setValue('2026-03-03')
    await until(async () => expect(await draftOf('contract:new')).toBeTruthy())
    first.unmount()
    const second = await open()
    await until(() => expect((second.find('#contract-draftReceivedOn').element as HTMLInputElement).value).toBe('2026-03-03'))
    second.unmount()
  })

  it('speaks French and Dutch', async () => {
    await project()
    const fr = await open('fr')
    expect(fr.find('h1').text()).toBe('Contrat')
    expect(fr.find('label[for="contract-draftReceivedOn"]').text()).toBe('Projet de contrat remis le')
    fr.unmount()
    const nl = await open('nl')
    expect(nl.find('h1').text()).toBe('Contract')
    expect(nl.find('label[for="contract-signedByMe"]').text()).toBe('U ondertekende op')
    nl.unmount()
  })
})

describe('Contract: a new contract', () => {
  it('notes a new contract and keeps the one before readable, with its amendments', async () => {
    const { id } = await project()
    await getDb().contracts.add({ id: 'c1', projectId: id, draftReceivedOn: '2025-01-06', signedBy: { me: '2025-01-13', pcsw: '2025-01-13' }, durationMonths: 12 })
    await getDb().amendments.add({ id: 'a1', projectId: id, contractId: 'c1', agreedOn: '2025-06-02', change: 'Training moved', agreedBy: { me: '2025-06-02' } })
    const wrapper = await open()
    await until(() => expect(wrapper.find('[data-testid="next-contract"]').exists()).toBe(true))
    await wrapper.find('[data-testid="next-contract"] button').trigger('click')
    await wrapper.find('#contract-next-draftReceivedOn').setValue('2026-01-05')
    await wrapper.find('#contract-next-signedByMe').setValue('2026-01-12')
    await wrapper.find('[data-testid="contract-next-form"]').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="earlier-contracts"]').exists()).toBe(true))
    const earlier = wrapper.find('[data-testid="earlier-contracts"]').text()
    expect(earlier).toContain('Contract signed on Monday 13\u00a0January 2025')
    expect(earlier).toContain('Training moved')
    expect(wrapper.find('[data-testid="contract-signed"]').text()).toContain('Monday 12\u00a0January 2026')
    expect(await getDb().contracts.get('c1')).toMatchObject({ signedBy: { me: '2025-01-13', pcsw: '2025-01-13' } })
    wrapper.unmount()
  })

  it('refuses a contract without any date', async () => {
    await project()
    const wrapper = await open()
    await fill(wrapper, { 'contract-durationMonths': '12' })
    expect(wrapper.find('#contract-draftReceivedOn-error').text()).toBe('Please fill this in.')
    expect(await getDb().contracts.count()).toBe(0)
    wrapper.unmount()
  })
})
