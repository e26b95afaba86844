import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

/** The answers of a yes / no / not known yet question, in the person's language (as form text: 'yes', 'no', ''). */
export function useYesNo() {
  const { t } = useI18n()
  return computed(() => [
    { value: 'yes', label: t('forms.answer_yes') },
    { value: 'no', label: t('forms.answer_no') },
    { value: '', label: t('forms.answer_unknown') },
  ])
}
