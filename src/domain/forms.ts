/**
 * How a form's text becomes a record and back. A form keeps what is typed as text (one string per field: a draft
 * stores it as it is); its record kind's mapping turns that text into the record it describes, which is prepared
 * and checked exactly as the repository will check it (src/domain/validation.ts).
 */
import type { Author } from './model'
import { checkRecord, prepare, tidy, type CheckContext, type FieldError, type RecordKind } from './validation'

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

interface SchemaNode {
  type?: string
  wrapped?: unknown
  entries?: Record<string, unknown>
  pipe?: readonly { type?: string; requirement?: unknown }[]
  getter?: (input: unknown) => unknown
}

const at = (record: unknown, key: string): unknown => (typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined)

/** The `maxLength` of every text field of a schema, by record path (a lazy schema is read for `record`). */
function textLimits(schema: unknown, record: unknown, path: string, out: Record<string, number>): void {
  let node = schema as SchemaNode
  for (;;) {
    if (node.type === 'optional') node = node.wrapped as SchemaNode
    else if (node.type === 'lazy' && node.getter) node = node.getter(record) as SchemaNode
    else break
  }
  const max = node.pipe?.find((action) => action.type === 'max_length')?.requirement
  if (node.type === 'string' && typeof max === 'number' && path !== '') out[path] = max
  for (const [key, entry] of Object.entries(node.entries ?? {})) textLimits(entry, at(record, key), path ? `${path}.${key}` : key, out)
}

/** The most characters each text field of a form takes, as its record kind will check them (validation.ts `LIMITS`). */
export function fieldLimits<R, V extends FormValues, C extends CheckContext>(mapping: FormMapping<R, V, C>, values: V, base: R, context: C): Partial<Record<string, number>> {
  const record = mapping.fromForm(values, base)
  const byPath: Record<string, number> = {}
  textLimits(mapping.kind.schema(context), record, '', byPath)
  const out: Partial<Record<string, number>> = {}
  for (const [path, max] of Object.entries(byPath)) {
    const field = mapping.field?.(path) ?? path
    if (field !== undefined) out[field] ??= max
  }
  return out
}

/** A yes / no / not known answer as form text, and back. */
export const yesNoText = (value: boolean | undefined): string => (value === true ? 'yes' : value === false ? 'no' : '')
export const yesNoValue = (text: string): boolean | undefined => (text === 'yes' ? true : text === 'no' ? false : undefined)

/**
 * A whole number as form text, and back: digits only (`NaN` for anything else, so the check can say so). `Number()`
 * alone would read "1e1" as 10, "0x0C" as 12 and " " as 0.
 */
export const numberText = (value: number | undefined): string => (value === undefined ? '' : String(value))
export function numberValue(text: string): number | undefined {
  const digits = tidy(text)
  if (digits === '') return undefined
  return /^[0-9]+$/.test(digits) ? Number(digits) : Number.NaN
}

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
