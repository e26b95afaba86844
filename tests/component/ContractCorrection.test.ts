import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ContractView from '@/views/ContractView.vue'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { mountScreen, settle, until } from './mount'

type Wrapper = Awaited<ReturnType<typeof mountScreen>>['wrapper']

// Wednesday 2 December 2026. The contract was signed in November; the person finds one of its dates typed wrong.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 11, 2, 10, 0))
})
afterEach(() => vi.useRealTimers())

async function signedInNovember(): Promise<string> {
  const { id } = await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, '2026-11-01')
  await getDb().contracts.add({
    id: 'c1',
    projectId: id,
    draftReceivedOn: '2026-11-05',
    signedBy: { me: '2026-11-13', pcsw: '2026-11-13' },
    recordedOn: { draftReceivedOn: '2026-11-05', 'signedBy.me': '2026-11-13', 'signedBy.pcsw': '2026-11-13' },
  })
  return id
}

async function open(language: 'en' | 'fr' | 'nl' = 'en'): Promise<Wrapper> {
  const { wrapper } = await mountScreen(ContractView, { language, path: '/contract' })
  await until(() => expect(wrapper.find('[data-testid="correction-open"]').exists()).toBe(true))
  await wrapper.find('[data-testid="correction-open"]').trigger('click')
  await until(() => expect(wrapper.find('[data-testid="correction-form"]').exists()).toBe(true))
  return wrapper
}

async function correct(wrapper: Wrapper, field: string, to: string, reason: string): Promise<void> {
  if (field) await wrapper.find(`[data-testid="correction-field-${field}"]`).setValue(true)
  await wrapper.find('#correction-to').setValue(to)
  await wrapper.find('#correction-reason').setValue(reason)
  await wrapper.find('[data-testid="correction-form"]').trigger('submit')
  await settle()
}

describe('Contract: a signed date found wrong later is corrected with why, and the history keeps both', () => {
  it('offers only the dates the contract has, each with its value', async () => {
    await signedInNovember()
    const wrapper = await open()
    const options = wrapper.find('[data-testid="correction-form"] fieldset').findAll('label').map((l) => l.text())
    expect(options).toEqual([
      'Draft contract received on: Thursday 5\u00a0November 2026',
      'You signed on: Friday 13\u00a0November 2026',
      'The PCSW signed on: Friday 13\u00a0November 2026',
    ])
    wrapper.unmount()
  })

  it('corrects the date, keeps what it was, and shows when and why', async () => {
    await signedInNovember()
    const wrapper = await open()
    await correct(wrapper, 'signedBy.me', '2026-11-10', 'I typed 13 instead of 10.')
    await until(() => expect(wrapper.find('[data-testid="contract-correction"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="contract-correction"]').text()).toBe(
      'You signed on: Tuesday 10\u00a0November 2026 (first noted: Friday 13\u00a0November 2026). Corrected on Wednesday 2\u00a0December 2026. Why: I typed 13 instead of 10.',
    )
    expect(wrapper.find('[data-testid="contract-signed"]').text()).toContain('You signed onTuesday 10\u00a0November 2026')
    expect(wrapper.find('[data-testid="correction-form"]').exists()).toBe(false)
    const [saved] = await getDb().contracts.toArray()
    expect(saved?.signedBy.me).toBe('2026-11-10')
    expect(saved?.corrections).toMatchObject([{ field: 'signedBy.me', from: '2026-11-13', to: '2026-11-10', reason: 'I typed 13 instead of 10.', on: '2026-12-02' }])
    wrapper.unmount()
  })

  it('refuses a correction that breaks the contract (a signature before the draft), the same date, or no reason; nothing changes', async () => {
    await signedInNovember()
    const before = await getDb().contracts.get('c1')
    const wrapper = await open()
    await correct(wrapper, 'signedBy.me', '2026-11-03', 'Misread')
    expect(wrapper.find('#correction-to-error').text()).toBe('This is before the day you received the draft contract. You can only sign after that.')
    await correct(wrapper, '', '2026-11-13', 'Misread')
    expect(wrapper.find('#correction-to-error').text()).toBe('This is the date already noted. Type the right date.')
    await correct(wrapper, '', '2026-11-10', '   ')
    expect(wrapper.find('#correction-reason-error').text()).not.toBe('')
    expect(await getDb().contracts.get('c1')).toEqual(before)
    wrapper.unmount()
  })

  it('asks which date when none is chosen', async () => {
    await signedInNovember()
    const wrapper = await open()
    await correct(wrapper, '', '2026-11-10', 'Misread')
    expect(wrapper.find('#correction-field-error').text()).toBe('Choose one.')
    expect((await getDb().contracts.get('c1'))?.corrections).toBeUndefined()
    wrapper.unmount()
  })

  it.each([
    ['fr', 'Vous avez signé le\u00a0: mardi 10\u00a0novembre 2026 (noté d’abord\u00a0: vendredi 13\u00a0novembre 2026). Corrigée le mercredi 2\u00a0décembre 2026. Raison\u00a0: J’ai tapé 13.'],
    ['nl', 'U ondertekende op: dinsdag 10\u00a0november 2026 (eerst genoteerd: vrijdag 13\u00a0november 2026). Verbeterd op woensdag 2\u00a0december 2026. Reden: Ik typte 13.'],
  ] as const)('writes the history in the person’s language (%s)', async (language, expected) => {
    await signedInNovember()
    await getDb().contracts.update('c1', {
      signedBy: { me: '2026-11-10', pcsw: '2026-11-13' },
      corrections: [{ field: 'signedBy.me', from: '2026-11-13', to: '2026-11-10', reason: language === 'fr' ? 'J’ai tapé 13.' : 'Ik typte 13.', on: '2026-12-02', recordedAt: '2026-12-02T09:00:00.000Z' }],
    })
    const { wrapper } = await mountScreen(ContractView, { language, path: '/contract' })
    await until(() => expect(wrapper.find('[data-testid="contract-correction"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="contract-correction"]').text()).toBe(expected)
    wrapper.unmount()
  })
})

describe('Contract: a typo in a date written today is put right the same day, without a correction', () => {
  it('shows the date written today in the form, says why, and saves the new one with no history entry', async () => {
    const { id } = await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, '2026-11-01')
    await getDb().contracts.add({
      id: 'c1',
      projectId: id,
      draftReceivedOn: '2026-11-05',
      signedBy: { me: '2026-11-22' },
      recordedOn: { draftReceivedOn: '2026-11-05', 'signedBy.me': '2026-12-02' },
    })
    const { wrapper } = await mountScreen(ContractView, { path: '/contract' })
    await until(() => expect(wrapper.find('[data-testid="contract-typo-today"]').exists()).toBe(true))
    expect(wrapper.find('#contract-draftReceivedOn').exists()).toBe(false)
    expect((wrapper.find('#contract-signedByMe').element as HTMLInputElement).value).toBe('2026-11-22')
    await wrapper.find('#contract-signedByMe').setValue('2026-11-12')
    await wrapper.find('[data-testid="contract-form"]').trigger('submit')
    await settle()
    await until(async () => expect((await getDb().contracts.get('c1'))?.signedBy.me).toBe('2026-11-12'))
    expect((await getDb().contracts.get('c1'))?.corrections).toBeUndefined()
    wrapper.unmount()
  })

  it('does not show a date written on an earlier day', async () => {
    await signedInNovember()
    const { wrapper } = await mountScreen(ContractView, { path: '/contract' })
    await until(() => expect(wrapper.find('[data-testid="contract-signed"]').exists()).toBe(true))
    expect(wrapper.find('#contract-signedByMe').exists()).toBe(false)
    expect(wrapper.find('[data-testid="contract-typo-today"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
