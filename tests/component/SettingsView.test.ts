import { describe, expect, it } from 'vitest'
import SettingsView from '@/views/SettingsView.vue'
import { mountScreen, until } from './mount'

describe('SettingsView', () => {
  it('switches the language, sets <html lang> and remembers the choice', async () => {
    const { wrapper } = await mountScreen(SettingsView, { language: 'en', path: '/settings' })
    expect(wrapper.find('h1').text()).toBe('Settings')
    await wrapper.find('input[value="nl"]').setValue(true)
    await until(() => expect(wrapper.find('h1').text()).toBe('Instellingen'))
    expect(document.documentElement.lang).toBe('nl')
    expect(localStorage.getItem('isip-own.language')).toBe('nl')
    wrapper.unmount()
  })

  it('names each language in itself', async () => {
    const { wrapper } = await mountScreen(SettingsView, { language: 'nl', path: '/settings' })
    const labels = wrapper.findAll('fieldset label').map((l) => l.text())
    expect(labels).toEqual(['Français', 'Nederlands', 'English'])
    wrapper.unmount()
  })

  it('shows what the browser answered about keeping the data', async () => {
    const { wrapper } = await mountScreen(SettingsView, { language: 'en', path: '/settings' })
    const state = wrapper.find('[data-testid="storage-state"]')
    // happy-dom has no StorageManager: the screen must say so rather than claim the data is safe.
    expect(state.attributes('data-state')).toBe('unsupported')
    expect(state.text()).toBe('This browser does not say whether it keeps your data. Keep a copy.')
    wrapper.unmount()
  })
})
