import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { writeSetting } from '@/db/settings'
import { addStep } from '@/db/steps'
import { todayIso } from '@/stores/clock'
import SettingsView from '@/views/SettingsView.vue'
import { mountScreen, settle, until } from './mount'

// The reload to the first screen: a spy, so the test sees it asked for and the page stays.
const startAsNew = vi.hoisted(() => vi.fn())
vi.mock('@/stores/forgetDevice', async (importActual) => ({ ...(await importActual<typeof import('@/stores/forgetDevice')>()), startAsNew }))

const today = todayIso()

/** A browser's Cache Storage with the precache of the app and another cache. */
function fakeCaches() {
  const names = new Set(['workbox-precache-v2-http://localhost/', 'isip-other'])
  vi.stubGlobal('caches', { keys: async () => [...names], delete: async (name: string) => names.delete(name) })
  return names
}

/** A registered service worker with a notification on screen and the daily check registered. */
function fakeWorker() {
  const worker = {
    unregister: vi.fn(async () => true),
    notification: { close: vi.fn() },
    periodic: vi.fn(async () => undefined),
  }
  const registration = { unregister: worker.unregister, getNotifications: async () => [worker.notification], periodicSync: { unregister: worker.periodic } }
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { getRegistrations: async () => [registration] } })
  return worker
}

async function somethingOfEverything() {
  const project = await createProject({ pcsw: { name: 'CPAS de Tournai', municipality: 'Tournai' } }, today)
  await addStep(project.id, { title: 'Voir le médiateur de dettes', who: 'me', author: { role: 'me' } }, today)
  await getDb().drafts.put({ formId: `step:new@t1`, values: { title: 'Une dette chez' }, savedAt: `${today}T10:00:00Z` })
  await writeSetting('currentProjectId', project.id)
  localStorage.setItem('isip-own.language', 'en')
  localStorage.setItem('isip-own.has-project', '1')
  sessionStorage.setItem('isip-own.tab', 't1')
  sessionStorage.setItem('isip-own.leaving:step:new', '{"values":{"title":"x"}}')
}

const databases = async () => (await indexedDB.databases()).map((db) => db.name)

async function openForget() {
  const { wrapper } = await mountScreen(SettingsView, { path: '/settings' })
  const section = () => wrapper.find('[data-testid="settings-forget"]')
  const button = (text: string) => section().findAll('button').find((b) => b.text() === text)!
  return { wrapper, section, button }
}

beforeEach(() => {
  startAsNew.mockClear()
  sessionStorage.clear()
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  Reflect.deleteProperty(navigator, 'serviceWorker')
})

describe('Settings: forget this device', () => {
  it('asks twice, offers a copy first, then deletes every database, cache, storage key and the worker', async () => {
    await somethingOfEverything()
    const caches = fakeCaches()
    const worker = fakeWorker()
    const downloads: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download)
    })
    URL.createObjectURL = vi.fn(() => 'blob:test')
    URL.revokeObjectURL = vi.fn()
    const { wrapper, section } = await openForget()
    expect(section().find('h2').text()).toBe('Forget this device')

    await section().find('[data-testid="forget-start"]').trigger('click')
    await settle()
    expect(section().attributes('data-step')).toBe('first')
    expect(section().text()).toContain('Remove everything the app keeps on this device?')
    expect(document.activeElement?.getAttribute('data-testid')).toBe('forget-copy-first')
    await section().find('[data-testid="forget-copy-first"]').trigger('click')
    await until(() => expect(section().find('[data-testid="forget-copy-status"]').text()).toContain('is in your downloads'))
    expect(downloads).toEqual([`isip-${today}.json`])
    expect(section().find('[data-testid="forget-continue"]').text()).toBe('Continue')
    expect(section().text()).toContain('Without this, the app itself stays')
    await section().find('[data-testid="forget-remove-app"]').setValue(true)
    expect(section().text()).toContain('The app goes too')

    await section().find('[data-testid="forget-continue"]').trigger('click')
    await settle()
    expect(section().text()).toContain('Are you sure? Everything the app keeps on this device will be removed for good.')
    expect(document.activeElement?.getAttribute('data-testid')).toBe('forget-for-good')
    // Nothing is gone after the first question.
    expect(await getDb().projects.count()).toBe(1)
    expect(localStorage.length).toBe(2)

    await section().find('[data-testid="forget-for-good"]').trigger('click')
    await until(() => expect(startAsNew).toHaveBeenCalledTimes(1))
    expect(startAsNew).toHaveBeenCalledWith({ removeApp: true })
    expect(await databases()).toEqual([])
    expect([...caches]).toEqual([])
    expect(worker.unregister).toHaveBeenCalledTimes(1)
    expect(worker.notification.close).toHaveBeenCalledTimes(1)
    expect(worker.periodic).toHaveBeenCalledWith('isip-dates')
    expect(localStorage.length).toBe(0)
    expect(sessionStorage.length).toBe(0)
    wrapper.unmount()
  })

  it('keeps the app itself (its precache and worker) unless the person ticks it, and nothing of theirs', async () => {
    await somethingOfEverything()
    const caches = fakeCaches()
    const worker = fakeWorker()
    const { wrapper, section } = await openForget()
    await section().find('[data-testid="forget-start"]').trigger('click')
    await settle()
    await section().find('[data-testid="forget-continue"]').trigger('click')
    await settle()
    await section().find('[data-testid="forget-for-good"]').trigger('click')
    await until(() => expect(startAsNew).toHaveBeenCalledTimes(1))
    expect(startAsNew).toHaveBeenCalledWith({ removeApp: false })
    expect(await databases()).toEqual([])
    expect([...caches]).toEqual(['workbox-precache-v2-http://localhost/'])
    expect(worker.unregister).not.toHaveBeenCalled()
    expect(worker.notification.close).toHaveBeenCalledTimes(1)
    expect(localStorage.length + sessionStorage.length).toBe(0)
    wrapper.unmount()
  })

  it('keeps everything when the person says no at either question', async () => {
    await somethingOfEverything()
    const { wrapper, section, button } = await openForget()
    await section().find('[data-testid="forget-start"]').trigger('click')
    await settle()
    expect(section().find('[data-testid="forget-continue"]').text()).toBe('Continue without a copy')
    await button('Keep everything').trigger('click')
    await settle()
    expect(section().attributes('data-step')).toBe('idle')
    expect(document.activeElement?.id).toBe('forget-start')
    await section().find('[data-testid="forget-start"]').trigger('click')
    await settle()
    await section().find('[data-testid="forget-continue"]').trigger('click')
    await settle()
    await button('Keep everything').trigger('click')
    await settle()
    expect(section().attributes('data-step')).toBe('idle')
    expect(startAsNew).not.toHaveBeenCalled()
    expect(await getDb().steps.count()).toBe(1)
    expect(localStorage.getItem('isip-own.language')).toBe('en')
    wrapper.unmount()
  })

  it('says what to do when another tab keeps the database open, and stays on the screen', async () => {
    await somethingOfEverything()
    const forget = await import('@/db/forget')
    vi.spyOn(forget, 'deleteAllDatabases').mockRejectedValue(new forget.DatabaseBlockedError('isip-own'))
    const { wrapper, section } = await openForget()
    await section().find('[data-testid="forget-start"]').trigger('click')
    await settle()
    await section().find('[data-testid="forget-continue"]').trigger('click')
    await settle()
    await section().find('[data-testid="forget-for-good"]').trigger('click')
    await until(() => expect(section().find('[data-testid="forget-failed"]').text()).toBe('The app is open in another tab or window. Close it, then try again.'))
    expect(startAsNew).not.toHaveBeenCalled()
    expect(section().find('[data-testid="forget-for-good"]').attributes('disabled')).toBeUndefined()
    wrapper.unmount()
  })
})
