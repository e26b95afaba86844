import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import LockScreen from '@/components/lock/LockScreen.vue'
import { getDb } from '@/db/database'
import { forgetKey, turnOn } from '@/db/lock'
import { i18n, loadMessagePart, setLanguage } from '@/i18n'
import { until } from './mount'

// Issue 11, items 2 and 4: the lock screen. Each try derives a key (600,000 PBKDF2 iterations): slow by design.
vi.setConfig({ testTimeout: 60_000 })

async function lockedScreen() {
  await setLanguage('en')
  await loadMessagePart('lock')
  await turnOn('three blue herons', false)
  forgetKey()
  const wrapper = mount(LockScreen, { props: { pin: false }, global: { plugins: [i18n] }, attachTo: document.body })
  await flushPromises()
  const tryWith = async (secret: string) => {
    await wrapper.find('#lock-secret').setValue(secret)
    await wrapper.find('form').trigger('submit')
  }
  return { wrapper, tryWith }
}

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('the lock screen', () => {
  it('has a labelled field with the focus, a show/hide button, and opens with the right passphrase', async () => {
    const { wrapper, tryWith } = await lockedScreen()
    expect(wrapper.find('label[for="lock-secret"]').text()).toBe('Passphrase')
    expect(document.activeElement?.id).toBe('lock-secret')
    const show = wrapper.find('[data-testid="lock-secret-show"]')
    expect(wrapper.find('#lock-secret').attributes('type')).toBe('password')
    await show.trigger('click')
    expect(wrapper.find('#lock-secret').attributes('type')).toBe('text')
    expect(show.attributes('aria-pressed')).toBe('true')
    await tryWith('three blue herons')
    await until(() => expect(wrapper.emitted('unlocked')).toHaveLength(1))
    expect(getDb().keyring.state.kind).toBe('open')
  })

  it('refuses a wrong passphrase calmly; after five, says the wait politely and keeps the button off until it is over', async () => {
    const { wrapper, tryWith } = await lockedScreen()
    for (let n = 1; n <= 5; n++) {
      await tryWith(`wrong ${n}`)
      await until(() => expect(wrapper.find('#lock-secret-error').text()).toBe('That passphrase does not open the app. Check capital letters and spaces, and try again.'))
      await until(() => expect(wrapper.find('[data-testid="lock-open"]').text()).toBe('Open'))
    }
    expect(wrapper.find('#lock-secret').attributes('aria-describedby')).toBe('lock-secret-error')
    await until(() => expect(wrapper.find('[data-testid="lock-wait"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="lock-wait"]').text()).toMatch(/you can try again in (2\d|30) seconds\.$/)
    expect(wrapper.find('[aria-live="polite"]').text()).toMatch(/^Please wait (2\d|30) seconds before the next try\.$/)
    expect(wrapper.find('[data-testid="lock-open"]').attributes('disabled')).toBeDefined()
    // A new screen (a reload) reads the same wait from the database.
    const again = mount(LockScreen, { props: { pin: false }, global: { plugins: [i18n] } })
    await until(() => expect(again.find('[data-testid="lock-wait"]').exists()).toBe(true))
  })
})
