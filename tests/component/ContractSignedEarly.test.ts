import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ContractView from '@/views/ContractView.vue'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { mountScreen, until } from './mount'

// Wednesday 2 December 2026: a draft handed over today gives 5 days to think, until Monday 7 December.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 11, 2, 10, 0))
})
afterEach(() => {
  vi.useRealTimers()
})

async function contract(signedBy: { me?: string }) {
  const { id } = await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, '2026-11-01')
  await getDb().contracts.add({ id: 'c1', projectId: id, draftReceivedOn: '2026-12-02', signedBy })
}

describe('Contract: signing inside the cooling-off is allowed, never silent', () => {
  it.each([
    ['en', 'You may sign from Monday 7\u00a0December 2026.'],
    ['fr', 'Vous pouvez signer à partir du lundi 7\u00a0décembre 2026.'],
    ['nl', 'U mag ondertekenen vanaf maandag 7\u00a0december 2026.'],
  ] as const)('says from which day the person may sign (%s)', async (language, expected) => {
    await contract({})
    const { wrapper } = await mountScreen(ContractView, { language, path: '/contract' })
    await until(() => expect(wrapper.find('[data-testid="contract-may-sign-from"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="contract-may-sign-from"]').text()).toBe(expected)
    wrapper.unmount()
  })

  it('says plainly that the 5 days were not over and that the person may still ask for them', async () => {
    await contract({ me: '2026-12-02' })
    const { wrapper } = await mountScreen(ContractView, { path: '/contract' })
    await until(() => expect(wrapper.find('[data-testid="contract-signed-early"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="contract-signed-early"]').text()).toBe(
      'You signed on Wednesday 2\u00a0December 2026, before your 5\u00a0days to think it over were over (they ran until Monday 7\u00a0December 2026). That is allowed. If you did not want to sign yet, tell your PCSW: you may still ask for those days.',
    )
    wrapper.unmount()
  })

  it('says nothing of the kind for a signature once the days are over', async () => {
    const { id } = await createProject({ pcsw: { name: 'CPAS de Liège', municipality: 'Liège' } }, '2026-11-01')
    await getDb().contracts.add({ id: 'c1', projectId: id, draftReceivedOn: '2026-11-20', signedBy: { me: '2026-11-25' } })
    const { wrapper } = await mountScreen(ContractView, { path: '/contract' })
    await until(() => expect(wrapper.find('[data-testid="contract-status"]').text()).toContain('You have signed your contract.'))
    expect(wrapper.find('[data-testid="contract-signed-early"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
