import { computed, nextTick, onMounted, reactive, shallowRef, toRaw, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { checkForm, fieldLimits, type FormMapping, type FormValues } from '@/domain/forms'
import { ChangedElsewhereError, firstError, ValidationError, type CheckContext, type FieldError } from '@/domain/validation'
import { useClockStore } from '@/stores/clock'
import { isStorageFull } from '@/stores/storage'
import { useDraft } from './useDraft'

export interface FormOptions<R, V extends FormValues, C extends CheckContext> {
  /** The draft's id: the same form on the same record finds its text again (`trip:<id>`, `trip:new`). */
  id: string
  /** Prefix of the inputs' ids: `${idPrefix}-${field}`. */
  idPrefix: string
  /** Inputs whose id is not `${idPrefix}-${field}`. */
  ids?: Partial<Record<keyof V & string, string>>
  /** How the form's text becomes its record, and the checks of that kind of record (the repository runs the same). */
  mapping: FormMapping<R, V, C>
  /** The record being changed; none for a new one. Its snapshot is what "changed elsewhere" is told against. */
  record?: R
  /** The checks' context, read at each check; by default today's date. */
  context?: () => C
  /** The fields in screen order (where focus goes first); by default the mapping's. */
  fields?: readonly (keyof V & string)[]
  /** Text a new form starts with besides the record's (today's date as the day of a request…). */
  initial?: Partial<V>
  /** Saves the record the form describes; `expected` is the record as the form first saw it. */
  save: (record: R, expected: R | undefined, values: V) => Promise<unknown>
  /** After a good save: back to a blank form (a form that adds records) rather than keeping what was saved. */
  clearAfterSave?: boolean
  /** Puts the keyboard in the first field when the form opens (a form opened by a button). */
  autofocus?: boolean
  /** Words for an error where the form's own are better than the shared ones (`forms.errors.<code>`). */
  message?: (field: keyof V & string, code: FieldError) => string | undefined
}

/**
 * The behaviour of every form: the text is kept as it is typed (a draft per form and tab: a reload, a closed tab or
 * an update loses nothing); on submit the record it describes is checked as its repository will check it, bad input
 * gets a message next to its field, focus moves to the first one and nothing is saved; a record changed elsewhere
 * since the form opened is not written over without asking; a failed save says so and keeps what was typed; a good
 * save is announced and the draft forgotten.
 */
export function useForm<R, V extends FormValues, C extends CheckContext>(options: FormOptions<R, V, C>) {
  const { t } = useI18n()
  const clock = useClockStore()
  const context = options.context ?? (() => ({ today: clock.today }) as C)
  const fields = options.fields ?? (Object.keys(options.mapping.toForm(undefined)) as (keyof V & string)[])
  const start = { ...options.mapping.toForm(options.record), ...options.initial } as V
  const snapshot = (record: R | undefined) => (record === undefined ? undefined : (structuredClone(toRaw(record)) as R))
  const draft = useDraft(options.id, start, { base: snapshot(options.record) })
  const values = draft.values
  const submitted = shallowRef(false)
  const saving = shallowRef(false)
  const saved = shallowRef(false)
  /** Why the last save did not go through, in words ('' when it did). */
  const failure = shallowRef('')
  /** The record as it is now, when it changed elsewhere since the form opened: the person chooses what to keep. */
  const conflict = shallowRef<R>()
  /** Errors the repository found that the form's own check did not (a signed contract's detail…). */
  const refused = shallowRef<Partial<Record<string, FieldError>>>({})
  /**
   * Date inputs whose text is not a date (30/02, a day without its month): the browser gives '' as their value and
   * says so only through `validity.badInput`, so they are looked at on submit; typing again clears the flag.
   */
  const unreadable = shallowRef(new Set<string>())
  watch(values, () => {
    unreadable.value = new Set()
    refused.value = {}
  })

  const fieldId = (field: string) => options.ids?.[field as keyof V & string] ?? `${options.idPrefix}-${field}`
  const input = (field: string) => document.getElementById(fieldId(field)) as HTMLInputElement | null
  const base = () => (draft.base.value as R | undefined) ?? options.mapping.blank(context())

  function check(): Partial<Record<string, FieldError>> {
    const found: Partial<Record<string, FieldError>> = { ...checkForm(options.mapping, values as V, base(), context()), ...refused.value }
    for (const field of unreadable.value) found[field] = 'date_invalid'
    return found
  }
  const codes = computed(() => (submitted.value ? check() : {}))
  /** The most characters each text field takes (its record kind's limit): the field counts down as it nears it. */
  const limits = computed(() => fieldLimits(options.mapping, values as V, base(), context()))
  /** A shared error's words; "too long" counts characters, so it gets the limit as the plural argument. */
  const errorText = (code: string, max: number | undefined) =>
    max === undefined ? t(`forms.errors.${code}`, { max: '' }) : t(`forms.errors.${code}`, { max }, max)
  /** The message for each field in error ('' when fine). */
  const errors = computed(() => {
    const out: Record<string, string> = {}
    for (const field of fields) {
      const code = codes.value[field]
      out[field] = code ? (options.message?.(field, code) ?? errorText(code, limits.value[field])) : ''
    }
    return out
  })

  async function focusFirst(found: Partial<Record<string, FieldError>>): Promise<void> {
    const first = firstError(found, fields)
    await nextTick()
    if (first !== undefined) input(first)?.focus()
  }

  /** Checks and saves, told against `expected`: the record as the form first saw it, or as it is now ("keep mine"). */
  async function run(expected: R | undefined): Promise<boolean> {
    submitted.value = true
    failure.value = ''
    saved.value = false
    conflict.value = undefined
    unreadable.value = new Set(fields.filter((field) => input(field)?.validity?.badInput === true))
    const found = check()
    if (Object.keys(found).length > 0) {
      // An error the screen does not show next to a field is said once, above the buttons.
      if (firstError(found, fields) === undefined) failure.value = t('forms.refused')
      await focusFirst(found)
      return false
    }
    saving.value = true
    try {
      const result = await options.save(options.mapping.fromForm(values as V, base()), expected, { ...toRaw(values) } as V)
      if (options.clearAfterSave) draft.restart({ ...options.mapping.toForm(undefined), ...options.initial } as V)
      // A form that stays open goes on from the record as saved (a save of its own is not a change elsewhere).
      else if (typeof result === 'object' && result !== null) draft.base.value = snapshot(result as R)
      // The draft watcher runs on the next tick: let it, then forget the draft (and its pending write).
      await nextTick()
      await draft.discard()
      submitted.value = false
      saved.value = true
      return true
    } catch (cause) {
      if (cause instanceof ChangedElsewhereError) conflict.value = cause.current as R
      else if (cause instanceof ValidationError) {
        refused.value = cause.errors
        const shown = firstError(cause.errors, fields) !== undefined
        failure.value = Object.values(cause.errors).includes('signed') ? t('forms.errors.signed') : shown ? '' : t('forms.refused')
        await focusFirst(cause.errors)
      } else failure.value = t(isStorageFull(cause) ? 'forms.save_failed_full' : 'forms.save_failed')
      return false
    } finally {
      saving.value = false
    }
  }

  /** Checks and saves what the form says. */
  function submit(): Promise<boolean> {
    return run(draft.base.value as R | undefined)
  }

  /** The record changed elsewhere: save what this form says over it. */
  function keepMine(): Promise<boolean> {
    return run(conflict.value)
  }

  /** The record changed elsewhere: put this form's text aside and start again from the record as it is now. */
  function takeTheirs(): void {
    const current = conflict.value
    conflict.value = undefined
    submitted.value = false
    draft.restart(options.mapping.toForm(current), snapshot(current))
  }

  /** Forgets what was typed and goes back to the record's text. */
  async function reset(): Promise<void> {
    draft.restart(start, snapshot(options.record))
    await nextTick()
    await draft.discard()
    submitted.value = false
    failure.value = ''
  }

  if (options.autofocus) {
    onMounted(async () => {
      await nextTick()
      input(fields[0] ?? '')?.focus()
    })
  }

  return reactive({
    values,
    errors,
    submitted,
    saving,
    saved,
    failure,
    conflict,
    /** A draft could not be written: what is typed lives only on the screen for now. */
    draftFailed: draft.failed,
    /** The draft could not be written because the device's storage is full. */
    draftFull: draft.full,
    restoring: draft.restoring,
    fieldId,
    /** The most characters a text field takes, if it has a limit. */
    limit: (field: string) => limits.value[field],
    /** Types into a field (what the shared fields call). */
    set: (field: string, value: string) => ((values as FormValues)[field] = value),
    submit,
    keepMine,
    takeTheirs,
    reset,
  })
}

/**
 * The form of a record in a list (a trip, a move, an evaluation…): its draft is `<name>:<id>` (`<name>:new` for a
 * new one), its inputs `<name>-<id>-<field>` (`<name>-<field>`), and a new record's form empties itself after each
 * save, ready for the next.
 */
export function useRecordForm<R extends { id: string }, V extends FormValues, C extends CheckContext>(
  name: string,
  record: R | undefined,
  mapping: FormMapping<R, V, C>,
  save: (record: R, expected: R | undefined) => Promise<unknown>,
  more: Partial<Omit<FormOptions<R, V, C>, 'id' | 'mapping' | 'record' | 'save'>> = {},
) {
  return useForm({
    id: `${name}:${record?.id ?? 'new'}`,
    idPrefix: record ? `${name}-${record.id}` : name,
    mapping,
    record,
    save,
    clearAfterSave: !record,
    ...more,
  })
}
