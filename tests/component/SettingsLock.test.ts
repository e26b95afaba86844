import { afterEach, describe, expect, it, vi } from 'vitest'
import { getDb } from '@/db/database'
import { LOCK_HINT_KEY } from '@/db/lock-hint'
import { createProject } from '@/db/projects'
import { todayIso } from '@/stores/clock'
import SettingsView from '@/views/SettingsView.vue'
import { mountScreen, settle, until } from './mount'

// Issue 11, item 3: the lock in Settings. Each change derives a key (600,000 PBKDF2 iterations): slow by design.
vi.setConfig({ testTimeout: 60_000 })
const lockNow = vi.hoisted(() => vi.fn())
vi.mock('@/lock/auto-lock', () => ({ lockNow, startAutoLock: vi.fn(), stopAutoLock: vi.fn() }))

async function openLock() {
  await createProject({ pcsw: { name: 'CPAS de Tournai', municipality: 'Tournai' } }, todayIso())
  const { wrapper } = await mountScreen(SettingsView, { path: '/settings' })
  await until(() => expect(wrapper.find('[data-testid="settings-lock"]').exists()).toBe(true))
  const section = () => wrapper.find('[data-testid="settings-lock"]')
  const type = async (id: string, value: string) => section().find(`#${id}`).setValue(value)
  const submit = async () => section().find('[data-testid="lock-form"]').trigger('submit')
  return { wrapper, section, type, submit }
}

afterEach(() => localStorage.clear())

describe('the lock in Settings', () => {
  it('says before anything is set that a forgotten passphrase cannot be recovered, and offers a copy first', async () => {
    const { section } = await openLock()
    expect(section().attributes('data-on')).toBe('false')
    expect(section().text()).toContain('the daily notifications are not shown')
    await section().find('[data-testid="lock-start"]').trigger('click')
    await settle()
    expect(section().text()).toContain('There is no way to recover it.')
    expect(section().find('[data-testid="lock-copy-first"]').text()).toBe('Make a copy first')
    expect(document.activeElement?.id).toBe('lock-copy')
    expect(section().find('#lock-new').exists()).toBe(false)
  })

  it('refuses a short passphrase, a short PIN, letters in a PIN and two that differ, and changes nothing', async () => {
    const { section, type, submit } = await openLock()
    await section().find('[data-testid="lock-start"]').trigger('click')
    await settle()
    await section().find('[data-testid="lock-continue"]').trigger('click')
    await settle()
    await type('lock-new', 'short')
    await submit()
    expect(section().find('#lock-new-error').text()).toBe('The passphrase needs at least 8\u00a0characters.')
    expect(document.activeElement?.id).toBe('lock-new')
    await section().find('[data-testid="lock-kind-pin"]').setValue(true)
    expect(section().find('[data-testid="lock-pin-warning"]').text()).toContain('A passphrase (a few words you remember) protects your data better.')
    expect(section().find('#lock-new').attributes('inputmode')).toBe('numeric')
    for (const pin of ['12345', '12345a']) {
      await type('lock-new', pin)
      await submit()
      expect(section().find('#lock-new-error').text()).toBe('The PIN needs at least 6 digits, and digits only.')
    }
    await type('lock-new', '123456')
    await type('lock-again', '123457')
    await submit()
    expect(section().find('#lock-again-error').text()).toBe('The two are not the same. Type them again.')
    await settle()
    expect(await getDb().settings.get('device:lock')).toBeUndefined()
  })

  it('turns the lock on with a PIN, changes it to a passphrase (the current one asked), then turns it off', async () => {
    const { section, type, submit } = await openLock()
    await section().find('[data-testid="lock-start"]').trigger('click')
    await settle()
    await section().find('[data-testid="lock-continue"]').trigger('click')
    await settle()
    await section().find('[data-testid="lock-kind-pin"]').setValue(true)
    await type('lock-new', '246810')
    await type('lock-again', '246810')
    await submit()
    await until(() => expect(section().find('[data-testid="lock-status"]').text()).toBe('The lock is on. Your data is now stored encrypted.'))
    expect(section().attributes('data-on')).toBe('true')
    expect(localStorage.getItem(LOCK_HINT_KEY)).not.toBeNull()
    const project = (await getDb().table('projects').toArray())[0] as { pcsw: { name: string } }
    expect(project.pcsw.name).toBe('CPAS de Tournai')

    await section().find('[data-testid="lock-change"]').trigger('click')
    await settle()
    expect(section().find('label[for="lock-current"]').text()).toBe('Your current PIN')
    await type('lock-current', '111111')
    await section().find('[data-testid="lock-kind-passphrase"]').setValue(true)
    await type('lock-new', 'a longer passphrase')
    await type('lock-again', 'a longer passphrase')
    await submit()
    await until(() => expect(section().find('#lock-current-error').text()).toBe('That PIN does not open the app. Try again.'))
    await type('lock-current', '246810')
    await type('lock-new', 'a longer passphrase')
    await type('lock-again', 'a longer passphrase')
    await submit()
    await until(() => expect(section().find('[data-testid="lock-status"]').text()).toBe('Saved. From now on, the app opens only with what you just chose.'))
    expect((await getDb().settings.get('device:lock'))?.value).toMatchObject({ pin: false })

    await section().find('[data-testid="lock-idle"]').setValue('15')
    await until(() => expect(section().find('[data-testid="lock-status"]').text()).toBe('Saved: the app locks by itself after 15\u00a0minutes without use.'))
    expect((await getDb().settings.get('device:lock'))?.value).toMatchObject({ idleMinutes: 15 })

    await section().find('[data-testid="lock-off"]').trigger('click')
    await settle()
    await type('lock-current', 'a longer passphrase')
    await submit()
    await until(() => expect(section().find('[data-testid="lock-status"]').text()).toBe('The lock is off. Your data is stored without encryption again.'))
    expect(await getDb().settings.get('device:lock')).toBeUndefined()
    expect(localStorage.getItem(LOCK_HINT_KEY)).toBeNull()
  })
})
