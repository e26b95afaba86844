import { nextTick, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useBackupStore } from '@/stores/backup'

/**
 * A removal asked twice, with a copy offered first (removing a project, forgetting the device): where the person is
 * (not asked, the first question, the second), the copy's outcome, and whether something is under way or failed.
 * `idPrefix` names the elements that take the focus at each step (`<idPrefix>-<focus>`).
 */
export function useAskTwice(idPrefix: string) {
  const { t } = useI18n()
  const backup = useBackupStore()
  const step = ref<'idle' | 'first' | 'second'>('idle')
  const copyStatus = ref('')
  const copyMade = ref(false)
  const busy = ref(false)
  const failed = ref('')

  /** Moves to a step and puts the focus on its first control, so a screen reader hears the new question. */
  async function go(next: typeof step.value, focus: string): Promise<void> {
    step.value = next
    failed.value = ''
    await nextTick()
    document.getElementById(`${idPrefix}-${focus}`)?.focus()
  }

  /** Makes the backup file before anything goes, and says how it went. */
  async function copyFirst(): Promise<void> {
    busy.value = true
    copyStatus.value = t('backup.making')
    try {
      const { how, fileName } = await backup.makeCopy(undefined, t('backup.title'))
      copyMade.value = how !== 'cancelled'
      copyStatus.value = how === 'cancelled' ? t('backup.cancelled') : t(`backup.${how}`, { file: fileName })
    } catch {
      copyStatus.value = t('backup.failed')
    } finally {
      busy.value = false
    }
  }

  return { step, copyStatus, copyMade, busy, failed, go, copyFirst }
}
