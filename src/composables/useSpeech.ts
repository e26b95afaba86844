import { computed, getCurrentInstance, onScopeDispose, shallowRef, watch, type Ref } from 'vue'
import { useRouter } from 'vue-router'
import type { Language } from '@/i18n/languages'
import { spokenText } from '@/i18n/spoken'

/** The voices to look for, best first: Belgian French and Dutch, then any French or Dutch; British, then any English. */
export const VOICE_PREFERENCES: Record<Language, readonly string[]> = {
  fr: ['fr-BE', 'fr'],
  nl: ['nl-BE', 'nl'],
  en: ['en-GB', 'en'],
}

/** Android reports `fr_BE`, others `fr-BE`; compare without case or separator. */
function normalise(tag: string): string {
  return tag.replace(/_/g, '-').toLowerCase()
}

/**
 * The device's best voice for a language, or undefined when it has none. Only voices that speak on the device
 * (`localService`): a network voice would send the text, the person's dates included, to a speech server.
 */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], language: Language): SpeechSynthesisVoice | undefined {
  const onDevice = voices.filter((v) => v.localService !== false)
  for (const wanted of VOICE_PREFERENCES[language].map(normalise)) {
    const exact = onDevice.find((v) => normalise(v.lang) === wanted)
    if (exact) return exact
    const sameLanguage = onDevice.find((v) => normalise(v.lang).split('-')[0] === wanted)
    if (sameLanguage) return sameLanguage
  }
  return undefined
}

export type SpeechState = 'idle' | 'speaking' | 'paused'

/**
 * Reading text aloud with the Web Speech API, in the given language, with a voice of the device (nothing is sent anywhere).
 * Voices load asynchronously (`voiceschanged`), so `hasVoice` can turn true after the first render. Speaking
 * stops when the language changes, on any navigation, and when the component using it goes away.
 */
export function useSpeech(language: Ref<Language>) {
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined
  /** The browser can speak at all. */
  const supported = synth !== undefined && typeof SpeechSynthesisUtterance !== 'undefined'
  const voices = shallowRef<SpeechSynthesisVoice[]>(supported ? synth.getVoices() : [])
  const onVoices = () => {
    if (synth) voices.value = synth.getVoices()
  }
  synth?.addEventListener?.('voiceschanged', onVoices)

  /** The voice that will be used for the current language. */
  const voice = computed(() => pickVoice(voices.value, language.value))
  /** The device has a voice for the current language. */
  const hasVoice = computed(() => voice.value !== undefined)
  /** Idle, speaking or paused. */
  const state = shallowRef<SpeechState>('idle')
  // Each call to speak() gets a number: events of utterances from an earlier call (cancelled) are ignored.
  let run = 0

  /**
   * Reads the texts in order, one utterance each (long single utterances are cut short by some engines), each as a
   * person would say it: « art. 53 » is read "article 53" (spokenText), the screen keeps the citation.
   */
  function speak(texts: readonly string[]): void {
    const chosen = voice.value
    if (!synth || !chosen) return
    const parts = texts.map((text) => spokenText(text, language.value)).filter((text) => text !== '')
    if (parts.length === 0) return
    synth.cancel()
    const current = (run += 1)
    parts.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text)
      utterance.voice = chosen
      utterance.lang = chosen.lang.replace(/_/g, '-')
      if (i === parts.length - 1) {
        utterance.onend = () => {
          if (run === current) state.value = 'idle'
        }
      }
      utterance.onerror = () => {
        if (run === current) state.value = 'idle'
      }
      synth.speak(utterance)
    })
    state.value = 'speaking'
  }

  function pause(): void {
    if (!synth || state.value !== 'speaking') return
    synth.pause()
    state.value = 'paused'
  }

  function resume(): void {
    if (!synth || state.value !== 'paused') return
    synth.resume()
    state.value = 'speaking'
  }

  function stop(): void {
    if (!synth || state.value === 'idle') return
    run += 1
    synth.cancel()
    state.value = 'idle'
  }

  watch(language, stop)
  // Leaving the screen (or going to another section of the same screen) stops the voice.
  const router = getCurrentInstance() ? useRouter() : undefined
  const removeGuard = router?.beforeEach((to, from) => {
    if (to.fullPath !== from.fullPath) stop()
  })
  onScopeDispose(() => {
    stop()
    removeGuard?.()
    synth?.removeEventListener?.('voiceschanged', onVoices)
  })

  return { supported, voices, voice, hasVoice, state, speak, pause, resume, stop }
}
