import Dexie from 'dexie'
import type { IDBFactory } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import App from '@/App.vue'
import { getDb, resetDatabase } from '@/db/database'
import { createProject, listProjects } from '@/db/projects'
import { todayIso } from '@/stores/clock'
import SettingsView from '@/views/SettingsView.vue'
import TodayView from '@/views/TodayView.vue'
import { fillStorage } from '../unit/db/full-storage'
import { draftOf, mountScreen, settle, until } from './mount'

// The service worker is a browser matter (tests/e2e/update.test.ts).
vi.mock('@/pwa/register', () => ({ registerServiceWorker: () => ({ needRefresh: ref(false), offlineReady: ref(false), updateServiceWorker: vi.fn() }) }))

/** IndexedDB gone from this window, as in some private windows (the e2e test also makes it fail to open). */
function withoutIndexedDb(): void {
  resetDatabase()
  Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory
}

/** The browser's StorageManager, with its answers. */
function stubStorage({ granted = false, usage = 1_400_000, quota = 2_000_000_000 } = {}) {
  const state = { granted }
  const storage = {
    persisted: vi.fn(async () => state.granted),
    persist: vi.fn(async () => (state.granted = true)),
    estimate: vi.fn(async () => ({ usage, quota })),
  }
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true })
  return storage
}

let emptyAgain: (() => void) | undefined
afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage')
  emptyAgain?.()
  emptyAgain = undefined
})

describe('a window that cannot keep anything', () => {
  it('says so from the first screen, once, and no screen says "Loading…" for ever', async () => {
    withoutIndexedDb()
    const { wrapper, router } = await mountScreen(App, { language: 'en', path: '/' })
    await until(() => expect(wrapper.find('[data-testid="storage-unavailable"]').exists()).toBe(true))
    const banner = wrapper.find('[data-testid="storage-unavailable"]')
    expect(banner.attributes('role')).toBe('alert')
    expect(banner.text()).toContain('Nothing can be kept in this window.')
    expect(banner.text()).toContain('Open the app in a normal window (not a private one)')
    expect(wrapper.find('main').text()).not.toContain('Loading…')
    expect(wrapper.find('[data-testid="screen-unavailable"]').text()).toBe('Your project cannot be opened in this window (see the message above).')
    // No form that could not save.
    expect(wrapper.find('[data-testid="project-start-form"]').exists()).toBe(false)

    await router.push('/contract')
    await settle()
    expect(wrapper.findAll('[data-testid="storage-unavailable"]')).toHaveLength(1)
    expect(wrapper.find('main').text()).not.toContain('Loading…')
    expect(wrapper.find('[data-testid="screen-unavailable"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('is not claimed safe in Settings, whatever the browser says about persistence', async () => {
    withoutIndexedDb()
    stubStorage({ granted: true })
    const { wrapper } = await mountScreen(SettingsView, { language: 'fr', path: '/settings' })
    await until(() => expect(wrapper.find('[data-testid="storage-state"]').attributes('data-state')).toBe('unavailable'))
    expect(wrapper.find('[data-testid="storage-health"]').text()).toContain('Rien ne peut être gardé dans cette fenêtre.')
    expect(wrapper.find('[data-testid="storage-health"]').text()).not.toContain('garder ces données\u00a0: il ne les effacera pas')
    // Nothing to copy, nowhere to open a copy.
    expect(wrapper.find('[data-testid="settings-backup"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows no banner where the database opens', async () => {
    const { wrapper } = await mountScreen(App, { language: 'en', path: '/' })
    await until(() => expect(wrapper.find('[data-testid="today-empty"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="storage-unavailable"]').exists()).toBe(false)
    wrapper.unmount()
  })
})

describe('storage health in Settings', () => {
  it('says in plain words that the browser may delete the data, how much the app uses, and can ask again', async () => {
    const storage = stubStorage({ granted: false, usage: 1_400_000, quota: 2_000_000_000 })
    const { wrapper } = await mountScreen(SettingsView, { language: 'en', path: '/settings' })
    await until(() => expect(wrapper.find('[data-testid="storage-state"]').attributes('data-state')).toBe('best-effort'))
    expect(wrapper.find('[data-testid="storage-state"]').text()).toBe('Your browser may delete this data if the phone runs out of space: keep a copy.')
    await until(() => expect(wrapper.find('[data-testid="storage-usage"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="storage-usage"]').text()).toContain('The app uses 1.4 MB on this phone')
    expect(wrapper.find('[data-testid="storage-usage"]').text()).toContain('up to about 2 GB')
    await wrapper.find('[data-testid="storage-ask"]').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="storage-state"]').attributes('data-state')).toBe('persistent'))
    expect(storage.persist).toHaveBeenCalledTimes(1)
    expect(wrapper.find('[data-testid="storage-ask"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('writes sizes as each language does', async () => {
    stubStorage({ granted: true, usage: 850_000, quota: 300_000_000 })
    const fr = await mountScreen(SettingsView, { language: 'fr', path: '/settings' })
    await until(() => expect(fr.wrapper.find('[data-testid="storage-usage"]').exists()).toBe(true))
    expect(fr.wrapper.find('[data-testid="storage-usage"]').text()).toMatch(/L’application utilise 850\sko/)
    expect(fr.wrapper.find('[data-testid="storage-usage"]').text()).toMatch(/environ 300\sMo/)
    expect(fr.wrapper.find('[data-testid="storage-state"]').text()).toContain('Votre navigateur a accepté de garder ces données')
    fr.wrapper.unmount()
    const nl = await mountScreen(SettingsView, { language: 'nl', path: '/settings' })
    await until(() => expect(nl.wrapper.find('[data-testid="storage-usage"]').exists()).toBe(true))
    expect(nl.wrapper.find('[data-testid="storage-usage"]').text()).toContain('De app gebruikt 850 kB')
    nl.wrapper.unmount()
  })
})

describe('a full storage', () => {
  // Refused at once, or at commit as Chromium does when the disk fills: never shown as saved, the form keeps its message.
  it.each(['refuse', 'abort'] as const)('is said as full when a save is refused (%s), and nothing is saved', async (how) => {
    const { wrapper } = await mountScreen(TodayView, { language: 'en' })
    await until(() => expect(wrapper.find('#pcsw-name').exists()).toBe(true))
    await wrapper.find('#pcsw-name').setValue('CPAS de Liège')
    await wrapper.find('#municipality').setValue('Liège')
    await until(async () => expect(await draftOf('project-start')).toBeTruthy())
    emptyAgain = fillStorage(['projects'], how)
    await wrapper.find('form').trigger('submit')
    await until(() => expect(wrapper.find('.form-error[role="alert"]').exists()).toBe(true))
    expect(wrapper.find('.form-error[role="alert"]').text()).toBe(
      'Saving did not work: this phone’s storage is full. Nothing was changed. Free some space (photos, videos, apps you no longer use), then try again.',
    )
    expect(await listProjects()).toEqual([])
    // What was typed stays on screen and in its draft.
    expect((wrapper.find('#pcsw-name').element as HTMLInputElement).value).toBe('CPAS de Liège')
    expect((await draftOf('project-start'))?.values.pcswName).toBe('CPAS de Liège')
    wrapper.unmount()
  })

  it('is said as full when a draft cannot be kept, and the text stays on screen', async () => {
    const { wrapper } = await mountScreen(TodayView, { language: 'nl' })
    await until(() => expect(wrapper.find('#pcsw-name').exists()).toBe(true))
    emptyAgain = fillStorage(['drafts'])
    await wrapper.find('#pcsw-name').setValue('OCMW Gent')
    await until(() => expect(wrapper.find('[data-testid="draft-failed"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="draft-failed"]').text()).toBe(
      'Wat u typt, kan niet worden opgeslagen: het geheugen van deze telefoon is vol. Maak wat ruimte vrij en sla het zelf op voordat u dit scherm verlaat.',
    )
    expect((wrapper.find('#pcsw-name').element as HTMLInputElement).value).toBe('OCMW Gent')
    // Space again: the next keystroke is kept, and the message goes.
    emptyAgain()
    await wrapper.find('#pcsw-name').setValue('OCMW Gent-Centrum')
    await until(() => expect(wrapper.find('[data-testid="draft-failed"]').exists()).toBe(false))
    expect((await draftOf('project-start'))?.values.pcswName).toBe('OCMW Gent-Centrum')
    wrapper.unmount()
  })

  it('is said as full when a reminder cannot be marked, and no mark is kept', async () => {
    const { id } = await createProject({ pcsw: { name: 'CPAS de Tournai', municipality: 'Tournai' } }, todayIso())
    await getDb().contracts.add({ id: 'c1', projectId: id, draftReceivedOn: todayIso(), signedBy: {} })
    const { wrapper } = await mountScreen(TodayView, { language: 'fr' })
    const card = () => wrapper.find('[data-reminder-kind="cooling-off-ends"]')
    await until(() => expect(card().exists()).toBe(true))
    emptyAgain = fillStorage(['reminderMarks'], 'abort')
    await card().find('button[aria-pressed]').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="today-reminders"]').text()).toContain('Cela n’a pas pu être noté\u00a0: la mémoire de ce téléphone est pleine.'))
    emptyAgain()
    expect(await getDb().reminderMarks.count()).toBe(0)
    wrapper.unmount()
  })

  it('still says "saving did not work" when the cause is not the space', async () => {
    const { wrapper } = await mountScreen(TodayView, { language: 'en' })
    await until(() => expect(wrapper.find('#pcsw-name').exists()).toBe(true))
    await wrapper.find('#pcsw-name').setValue('CPAS de Mons')
    await wrapper.find('#municipality').setValue('Mons')
    const put = vi.spyOn(getDb().projects, 'add').mockRejectedValue(new Dexie.UnknownError('disk error'))
    await wrapper.find('form').trigger('submit')
    await until(() => expect(wrapper.find('.form-error[role="alert"]').exists()).toBe(true))
    put.mockRestore()
    expect(wrapper.find('.form-error[role="alert"]').text()).toBe('Saving did not work. Nothing was changed. Please try again.')
    wrapper.unmount()
  })
})
