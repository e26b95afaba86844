import Dexie from 'dexie'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import PwaPrompt from '@/components/pwa/PwaPrompt.vue'
import { DB_NAME, getDb, LATEST_VERSION } from '@/db/database'
import { useDraftsStore } from '@/stores/drafts'
import { mountScreen, until } from './mount'

// The service worker is a browser matter (tests/e2e/update.test.ts); here its state is a plain ref.
const needRefresh = ref(false)
const offlineReady = ref(false)
const updateServiceWorker = vi.fn(async () => {})
/** What the registration calls in every tab told of the new version once it takes over (whichever tab accepted it). */
let newVersionActive: () => void = () => undefined
vi.mock('@/pwa/register', () => ({
  registerServiceWorker: (onNewVersionActive: () => void) => {
    newVersionActive = onNewVersionActive
    return { needRefresh, offlineReady, updateServiceWorker }
  },
}))
const reload = vi.fn()
beforeEach(() => {
  reload.mockReset()
  Object.defineProperty(window, 'location', { value: { ...window.location, reload }, configurable: true, writable: true })
})

describe('PwaPrompt', () => {
  it('says when the app is ready to work offline, and can be dismissed', async () => {
    offlineReady.value = true
    const { wrapper } = await mountScreen(PwaPrompt, { language: 'fr' })
    expect(wrapper.find('[data-testid="offline-ready"]').text()).toContain('L’application fonctionne maintenant sans internet.')
    await wrapper.find('button').trigger('click')
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('offers to reload when a new version waits, and reloading activates it', async () => {
    needRefresh.value = true
    const { wrapper } = await mountScreen(PwaPrompt, { language: 'nl' })
    expect(wrapper.find('[data-testid="update-prompt"]').text()).toContain('Er is een nieuwe versie klaar.')
    await wrapper.find('button').trigger('click')
    expect(updateServiceWorker).toHaveBeenCalledWith(true)
    needRefresh.value = false
    wrapper.unmount()
  })

  it('offers to reload when another tab upgrades the database', async () => {
    needRefresh.value = false
    offlineReady.value = false
    await getDb().open()
    const { wrapper } = await mountScreen(PwaPrompt, { language: 'en' })
    expect(wrapper.find('[data-testid="update-prompt"]').exists()).toBe(false)
    // Another tab opens a newer version of the same database.
    const newer = new Dexie(DB_NAME)
    newer.version(LATEST_VERSION + 1).stores({ projects: 'id, updatedAt' })
    await newer.open()
    await until(() => expect(wrapper.find('[data-testid="update-prompt"]').text()).toContain('A new version is ready.'))
    newer.close()
    wrapper.unmount()
  })

  it('reloads the tab that accepted the update once the new version takes over', async () => {
    needRefresh.value = true
    const { wrapper } = await mountScreen(PwaPrompt, { language: 'en' })
    // Text typed in this very tab does not hold it back: the person chose to reload, and the draft is kept.
    useDraftsStore().typing('trip:new', true)
    await wrapper.find('[data-testid="update-prompt"] button').trigger('click')
    expect(updateServiceWorker).toHaveBeenCalledWith(true)
    newVersionActive()
    expect(reload).toHaveBeenCalledTimes(1)
    needRefresh.value = false
    wrapper.unmount()
  })

  it('lets another tab with nothing typed follow the update at once, as before', async () => {
    needRefresh.value = true
    const { wrapper } = await mountScreen(PwaPrompt, { language: 'en' })
    newVersionActive()
    expect(reload).toHaveBeenCalledTimes(1)
    needRefresh.value = false
    wrapper.unmount()
  })

  it('asks in its own right in another tab with typed text, and reloads only when the person says so', async () => {
    needRefresh.value = true
    const { wrapper } = await mountScreen(PwaPrompt, { language: 'fr' })
    const drafts = useDraftsStore()
    drafts.typing('step:new', true)
    // The update was accepted in another tab: its worker now controls this one too.
    newVersionActive()
    await until(() => expect(wrapper.find('[data-reason="updated-elsewhere"]').exists()).toBe(true))
    expect(reload).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="update-prompt"]').text()).toContain(
      'La nouvelle version a été lancée dans un autre onglet. Ce que vous écrivez ici est gardé\u00a0: rechargez la page quand vous le souhaitez.',
    )
    // The person saves (nothing typed left): the tab still waits for them.
    drafts.typing('step:new', false)
    expect(reload).not.toHaveBeenCalled()
    updateServiceWorker.mockClear()
    await wrapper.find('[data-testid="update-prompt"] button').trigger('click')
    // The new worker already runs: a plain reload brings it (there is no waiting worker left to activate).
    expect(updateServiceWorker).not.toHaveBeenCalled()
    expect(reload).toHaveBeenCalledTimes(1)
    needRefresh.value = false
    wrapper.unmount()
  })
})
