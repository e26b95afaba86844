import { computed, nextTick, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDraft } from '@/composables/useDraft'
import { firstError, RecordValidationError, type RecordErrors } from '@/domain/records-validation'
import { SignedContractError } from '@/db/contracts'

/**
 * The behaviour every records form shares (the model is TodayStartForm): the text is kept as it is typed
 * (`useDraft`: a reload or an update loses nothing); on submit, bad input gets a message next to its field, focus
 * moves to the first one and nothing is saved; a failed save says so and keeps what was typed; a good save is
 * announced and the draft forgotten.
 */
export function useRecordForm<F extends string, V extends Record<string, string>>(options: {
  formId: string
  /** Prefix of the inputs' ids: `${idPrefix}-${field}`. */
  idPrefix: string
  initial: V
  /** The fields in screen order (where focus goes first). */
  order: readonly F[]
  check: (values: V) => RecordErrors<F>
  save: (values: V) => Promise<unknown>
  /** After a good save: clear the form (a new record) or keep it (editing). */
  clearAfterSave?: boolean
}) {
  const { t } = useI18n()
  const { values, discard } = useDraft(options.formId, options.initial)
  const submitted = ref(false)
  const saving = ref(false)
  const failure = ref('')
  const saved = ref(false)
  /**
   * Date inputs whose text is not a date (30/02, a day without its month): the browser gives '' as their value and
   * says so only through `validity.badInput`, so they are looked at on submit; typing again clears the flag.
   */
  const unreadable = ref(new Set<string>())
  watch(values, () => (unreadable.value = new Set()))
  const input = (field: F) => document.getElementById(`${options.idPrefix}-${field}`) as HTMLInputElement | null
  const check = (): RecordErrors<F> => {
    const found = { ...options.check(values as V) }
    for (const field of unreadable.value) found[field as F] = 'invalid'
    return found
  }
  const codes = computed(() => (submitted.value ? check() : ({} as RecordErrors<F>)))
  /** The message for each field in error (empty when fine). */
  const errors = computed(() => {
    const out = {} as Record<F, string>
    for (const field of options.order) {
      const code = codes.value[field]
      out[field] = code ? t(`contract.errors.${code}`) : ''
    }
    return out
  })

  async function submit(): Promise<boolean> {
    submitted.value = true
    failure.value = ''
    saved.value = false
    unreadable.value = new Set(options.order.filter((field) => input(field)?.validity?.badInput === true))
    const first = firstError(check(), options.order)
    if (first !== undefined) {
      await nextTick()
      input(first)?.focus()
      return false
    }
    saving.value = true
    try {
      await options.save(values as V)
      if (options.clearAfterSave) Object.assign(values, options.initial)
      // The draft watcher runs on the next tick: let it, then forget the draft (and its pending write).
      await nextTick()
      await discard()
      submitted.value = false
      saved.value = true
      return true
    } catch (cause) {
      failure.value =
        cause instanceof SignedContractError
          ? t('contract.errors.signed')
          : cause instanceof RecordValidationError
            ? t('contract.errors.refused')
            : t('errors.save_failed')
      return false
    } finally {
      saving.value = false
    }
  }

  /** Forgets what was typed and goes back to `initial`. */
  async function reset(): Promise<void> {
    Object.assign(values, options.initial)
    await nextTick()
    await discard()
    submitted.value = false
    failure.value = ''
  }

  return { values, errors, submitted, saving, saved, failure, submit, reset }
}
