/** What the shared form parts read of a form made by `useForm` (src/composables/useForm.ts). */
export interface FormBinding {
  readonly values: Readonly<Record<string, string>>
  /** The message next to each field ('' when fine). */
  readonly errors: Readonly<Record<string, string>>
  fieldId(field: string): string
  set(field: string, value: string): void
  /** The most characters a text field takes (its record kind's limit), if it has one. */
  limit?(field: string): number | undefined
}

/** What the actions row reads: the state of the last save and the choices it offers. */
export interface FormState {
  readonly saving: boolean
  readonly saved: boolean
  readonly failure: string
  readonly conflict: unknown
  readonly draftFailed: boolean
  /** The draft could not be kept because the device's storage is full. */
  readonly draftFull: boolean
  keepMine(): Promise<boolean>
  takeTheirs(): void
  reset(): Promise<void>
}

/** One answer of a choice (radio buttons, check boxes, a list). */
export interface Option {
  value: string
  label: string
}
