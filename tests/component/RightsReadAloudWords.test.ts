import { afterEach, describe, expect, it, vi } from 'vitest'
import { SECTIONS, rulePath, sectionPath } from '@/components/rights/sections'
import { REMINDER_KINDS } from '@/domain/reminders'
import type { Language } from '@/i18n/languages'
import RightsRuleView from '@/views/RightsRuleView.vue'
import RightsSectionView from '@/views/RightsSectionView.vue'
import { abbreviationsIn } from '../unit/i18n/abbreviations'
import { mountScreen } from './mount'

// Issue 14, item 5: every page that reads aloud, in each language, read as the component reads it (its headings,
// paragraphs and list items, through the voice's spokenText): the voice says no abbreviation.

class FakeUtterance {
  lang = ''
  voice: SpeechSynthesisVoice | null = null
  onend: (() => void) | null = null
  onerror: (() => void) | null = null
  constructor(public text: string) {}
}

function installSpeech(language: Language): string[] {
  const spoken: string[] = []
  const voice = {
    lang: language,
    name: language,
    voiceURI: language,
    default: false,
    localService: true,
  } as SpeechSynthesisVoice
  const engine = Object.assign(new EventTarget(), {
    speak: (u: FakeUtterance) => spoken.push(u.text),
    pause: () => undefined,
    resume: () => undefined,
    cancel: () => undefined,
    getVoices: () => [voice],
  })
  vi.stubGlobal('speechSynthesis', engine)
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance)
  return spoken
}

const PAGES = [
  ...SECTIONS.map((s) => ({ view: RightsSectionView, path: sectionPath(s.id) })),
  ...REMINDER_KINDS.map((kind) => ({ view: RightsRuleView, path: rulePath(kind) })),
]

describe.each(['fr', 'nl', 'en'] as const)('reading every rights page aloud in %s', (language) => {
  afterEach(() => vi.unstubAllGlobals())

  it('says no abbreviation', async () => {
    const found: string[] = []
    let texts = 0
    for (const { view, path } of PAGES) {
      const spoken = installSpeech(language)
      const { wrapper } = await mountScreen(view, { language, path })
      await wrapper.find('[data-testid="read-aloud-play"]').trigger('click')
      expect(spoken.length, path).toBeGreaterThan(0)
      texts += spoken.length
      for (const text of spoken)
        for (const a of abbreviationsIn(text, language)) found.push(`${path}: «${a}» in ${text}`)
      wrapper.unmount()
      vi.unstubAllGlobals()
    }
    expect(texts).toBeGreaterThan(PAGES.length * 3)
    expect(found).toEqual([])
  }, 60_000)
})
