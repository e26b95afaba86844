import Dexie from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import PwaPrompt from '@/components/pwa/PwaPrompt.vue'
import { DB_NAME, getDb } from '@/db/database'
import { mountScreen, until } from './mount'

// The service worker is a browser matter (tests/e2e/update.test.ts); here its state is a plain ref.
const needRefresh = ref(false)
const offlineReady = ref(false)
const updateServiceWorker = vi.fn(async () => {})
vi.mock('@/pwa/register', () => ({ registerServiceWorker: () => ({ needRefresh, offlineReady, updateServiceWorker }) }))

describe('PwaPrompt', () => {
  it('says when the app is ready to work offline, and can be dismissed', async () => {
    offlineReady.value = true
    const { wrapper } = await mountScreen(PwaPrompt, { language: 'fr' })
    expect(wrapper.find('[data-testid="offline-ready"]').text()).toContain("L'application fonctionne maintenant sans internet.")
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
    newer.version(2).stores({ projects: 'id, updatedAt' })
    await newer.open()
    await until(() => expect(wrapper.find('[data-testid="update-prompt"]').text()).toContain('A new version is ready.'))
    newer.close()
    wrapper.unmount()
  })
})
