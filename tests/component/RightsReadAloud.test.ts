import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import RightsSectionView from '@/views/RightsSectionView.vue'
import { mountScreen, settle } from './mount'

/** A stand-in for the browser's speech engine: records what it was asked to do. */
class FakeUtterance {
  lang = ''
  voice: SpeechSynthesisVoice | null = null
  onend: (() => void) | null = null
  onerror: (() => void) | null = null
  constructor(public text: string) {}
}

const voice = (lang: string, name = lang, localService = true) => ({ lang, name, voiceURI: name, default: false, localService }) as SpeechSynthesisVoice

function installSpeech(initialVoices: SpeechSynthesisVoice[]) {
  let voices = initialVoices
  const spoken: FakeUtterance[] = []
  const engine = Object.assign(new EventTarget(), {
    speak: vi.fn((u: FakeUtterance) => spoken.push(u)),
    pause: vi.fn(),
    resume: vi.fn(),
    cancel: vi.fn(),
    getVoices: vi.fn(() => voices),
  })
  vi.stubGlobal('speechSynthesis', engine)
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance)
  return {
    engine,
    spoken,
    /** Voices arrive later, as in Chrome. */
    loadVoices(next: SpeechSynthesisVoice[]) {
      voices = next
      engine.dispatchEvent(new Event('voiceschanged'))
    },
  }
}

type Wrapper = Awaited<ReturnType<typeof mountScreen>>['wrapper']
const button = (wrapper: Wrapper, name: string) => wrapper.find(`[data-testid="read-aloud-${name}"]`)

describe('read aloud', () => {
  beforeEach(() => vi.unstubAllGlobals())
  afterEach(() => vi.unstubAllGlobals())

  it('reads a section in Belgian French with play, pause, continue and stop', async () => {
    const speech = installSpeech([voice('en-GB'), voice('fr-FR', 'France'), voice('fr-BE', 'Belgique')])
    const { wrapper } = await mountScreen(RightsSectionView, { language: 'fr', path: '/rights/your-rights' })
    await button(wrapper, 'play').trigger('click')
    expect(speech.engine.speak).toHaveBeenCalled()
    expect(speech.spoken.every((u) => u.lang === 'fr-BE' && u.voice?.name === 'Belgique')).toBe(true)
    const texts = speech.spoken.map((u) => u.text)
    expect(texts[0]).toBe('Vos droits')
    expect(texts).toContain('Le CPAS veille à un équilibre entre ce qu’il vous demande et l’aide qu’il vous donne.')
    // The controls, links, words box and sources line are not read.
    expect(texts.some((t) => t.startsWith('Sources'))).toBe(false)
    expect(texts.some((t) => t.includes('Lire à voix haute'))).toBe(false)

    await button(wrapper, 'pause').trigger('click')
    expect(speech.engine.pause).toHaveBeenCalledTimes(1)
    expect(wrapper.find('[role="status"]').text()).toBe('Lecture en pause.')
    await button(wrapper, 'resume').trigger('click')
    expect(speech.engine.resume).toHaveBeenCalledTimes(1)
    await button(wrapper, 'stop').trigger('click')
    expect(speech.engine.cancel).toHaveBeenCalled()
    expect(button(wrapper, 'play').exists()).toBe(true)
    wrapper.unmount()
  })

  it('offers to read again once the last part has been spoken', async () => {
    const speech = installSpeech([voice('en-US')])
    const { wrapper } = await mountScreen(RightsSectionView, { path: '/rights/going-abroad' })
    await button(wrapper, 'play').trigger('click')
    expect(speech.spoken.every((u) => u.lang === 'en-US')).toBe(true)
    expect(button(wrapper, 'pause').exists()).toBe(true)
    speech.spoken.at(-1)?.onend?.()
    await settle()
    expect(button(wrapper, 'play').exists()).toBe(true)
    wrapper.unmount()
  })

  it('waits for the voices to load, then offers to read', async () => {
    const speech = installSpeech([])
    const { wrapper } = await mountScreen(RightsSectionView, { language: 'nl', path: '/rights/going-abroad' })
    expect(wrapper.find('[data-testid="read-aloud-unavailable"]').text()).toBe('Voorlezen lukt niet: dit toestel heeft geen Nederlandstalige stem.')
    speech.loadVoices([voice('nl_BE')])
    await settle()
    await button(wrapper, 'play').trigger('click')
    expect(speech.spoken[0]?.lang).toBe('nl-BE')
    expect(speech.spoken[0]?.text).toBe('Naar het buitenland gaan')
    wrapper.unmount()
  })

  it('says there is no voice for the language instead of failing, and speaks nothing', async () => {
    const speech = installSpeech([voice('en-GB'), voice('fr-FR')])
    const { wrapper } = await mountScreen(RightsSectionView, { language: 'nl', path: '/rights/your-rights' })
    const unavailable = wrapper.find('[data-testid="read-aloud-unavailable"]')
    expect(unavailable.text()).toBe('Voorlezen lukt niet: dit toestel heeft geen Nederlandstalige stem.')
    expect(unavailable.attributes('aria-disabled')).toBe('true')
    await unavailable.trigger('click')
    expect(speech.engine.speak).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('never uses a network voice, which would send the text off the device', async () => {
    const speech = installSpeech([voice('fr-BE', 'Google français', false)])
    const { wrapper } = await mountScreen(RightsSectionView, { language: 'fr', path: '/rights/going-abroad' })
    expect(wrapper.find('[data-testid="read-aloud-unavailable"]').text()).toBe('Lecture impossible\u00a0: cet appareil n’a pas de voix française.')
    expect(speech.engine.speak).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('says so when the browser cannot speak at all', async () => {
    const { wrapper } = await mountScreen(RightsSectionView, { path: '/rights/your-rights' })
    expect(wrapper.find('[data-testid="read-aloud-unavailable"]').text()).toBe('Reading aloud is not possible: this browser cannot speak.')
    wrapper.unmount()
  })

  it('stops speaking when the person goes to another screen', async () => {
    const speech = installSpeech([voice('en-GB')])
    const { wrapper, router } = await mountScreen(RightsSectionView, { path: '/rights/your-rights' })
    await button(wrapper, 'play').trigger('click')
    speech.engine.cancel.mockClear()
    await router.push('/rights/your-obligations')
    await settle()
    expect(speech.engine.cancel).toHaveBeenCalled()
    expect(button(wrapper, 'play').exists()).toBe(true)
    wrapper.unmount()
  })
})
