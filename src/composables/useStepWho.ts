import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { StepWho } from '@/domain/model'
import { STEP_WHO } from '@/domain/records/step'
import { useCompanionStore } from '@/stores/companion'

/**
 * Who does a step, in words the one holding the phone reads rightly (issue 16, item 7): to someone helping, "me" is
 * the person by name ("Fatima"), and the person of their choice is named too ("Jan"), never a bare "me".
 */
export function useStepWho() {
  const { t } = useI18n()
  const companion = useCompanionStore()

  function label(who: StepWho, partnerName?: string): string {
    if (who === 'me') return companion.helping ? companion.personName.trim() || t('plan.who.me_helping') : t('plan.who.me')
    if (who === 'companion') {
      const name = companion.companionName.trim()
      return name ? t('plan.who.companion_named', { name }) : t('plan.who.companion')
    }
    if (who === 'partner' && partnerName) return `${t('plan.who.partner')} (${partnerName})`
    return t(`plan.who.${who}`)
  }

  /** The answers of "who does it?": the person of their choice only when someone helps or one is named (or `keep`). */
  function options(keep?: StepWho) {
    const withCompanion = companion.mode === 'companion' || companion.companionName.trim() !== '' || keep === 'companion'
    return STEP_WHO.filter((who) => who !== 'companion' || withCompanion).map((value) => ({ value, label: label(value) }))
  }

  return { label, options: (keep?: StepWho) => computed(() => options(keep)) }
}
