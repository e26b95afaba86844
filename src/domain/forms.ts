/**
 * How a form's text becomes a record and back. A form keeps what is typed as text (one string per field: a draft
 * stores it as it is); its record kind's mapping turns that text into the record it describes, which is prepared
 * and checked exactly as the repository will check it (src/domain/validation.ts).
 */
import type { Author } from './model'
import { checkRecord, prepare, type CheckContext, type FieldError, type RecordKind } from './validation'

/** The text of a form, one string per field. */
export type FormValues = Record<string, string>

export interface FormMapping<R, V extends FormValues, C extends CheckContext = CheckContext> {
  /** The kind of record the form describes: its checks are the form's. */
  kind: RecordKind<R, C>
  /** What a new record is before the form fills it in (placeholder ids, what the form does not ask). */
  blank(context: C): R
  /** The form's text for a record (`undefined`: a new one); its keys are the form's fields, in screen order. */
  toForm(record: R | undefined): V
  /** The record the form describes, written over `base` (the record as it was, or a blank one). */
  fromForm(values: V, base: R): R
  /** The form field that shows an error found at a record path; by default the path itself. */
  field?(path: string): string | undefined
}

/** The errors of a form, by field: its record, prepared and checked as its repository will. */
export function checkForm<R, V extends FormValues, C extends CheckContext>(
  mapping: FormMapping<R, V, C>,
  values: V,
  base: R,
  context: C,
): Partial<Record<keyof V & string, FieldError>> {
  const errors = checkRecord(mapping.kind, prepare(mapping.kind, mapping.fromForm(values, base)), context)
  const out: Partial<Record<string, FieldError>> = {}
  for (const [path, code] of Object.entries(errors)) {
    const field = mapping.field?.(path) ?? path
    if (code !== undefined && field !== undefined) out[field] ??= code
  }
  return out
}

/** A yes / no / not known answer as form text, and back. */
export const yesNoText = (value: boolean | undefined): string => (value === true ? 'yes' : value === false ? 'no' : '')
export const yesNoValue = (text: string): boolean | undefined => (text === 'yes' ? true : text === 'no' ? false : undefined)

/** A whole number as form text, and back (`NaN` for text that is not a number, so the check can say so). */
export const numberText = (value: number | undefined): string => (value === undefined ? '' : String(value))
export const numberValue = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text))

/** The text fields of a record, each as typed ('' for an empty one). */
export function textOf<R, K extends keyof R & string>(record: R | undefined, fields: readonly K[]): Record<K, string> {
  return Object.fromEntries(fields.map((field) => [field, (record?.[field] as string | undefined) ?? ''])) as Record<K, string>
}

/** The id a record has while its form checks it, before it is saved (the repository then gives it its own). */
export const UNSAVED_ID = 'unsaved'

/** A record not saved yet, as its form checks it: placeholder ids, and the fields given. */
export function unsaved<T extends { id: string; projectId: string }>(fields: Omit<T, 'id' | 'projectId'>): T {
  return { id: UNSAVED_ID, projectId: UNSAVED_ID, ...fields } as T
}

/** Who a blank record says wrote it, until its store names whoever is writing. */
export const ME: Author = { role: 'me' }
