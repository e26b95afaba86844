/**
 * The one way a record is checked, whoever hands it in: a form before it saves, a repository before it writes, the
 * backup import before it restores. Each record kind (src/domain/records/) gives a valibot schema (the shape, and
 * each field's own checks) and rules between fields; this module runs both and answers with one error code per
 * field. Pure: `today` comes in with the context.
 *
 * Every code has its words in `forms.errors.<code>`, in the three languages.
 */
import * as v from 'valibot'
import { isValidIsoDate } from './iso-date'
import { MAX_EDITS } from './authorship'
import type { Author, Edit, IsoDate } from './model'

export const FIELD_ERRORS = [
  /** A field that must be filled in: a date, a place. */
  'required',
  /** Words must be written: a title, an answer, a name. */
  'text_required',
  /** One of the answers must be chosen. */
  'choice_required',
  'domain_required',
  /** Not a real calendar date (30 February, a day without its month). */
  'date_invalid',
  /** Something that already happened cannot be dated after today. */
  'future',
  'held_in_future',
  'done_on_required',
  'done_before_created',
  'done_in_future',
  'before_draft',
  'before_signature',
  'before_request',
  'before_decision',
  'before_notification',
  'before_notice',
  'before_departure',
  'not_a_duration',
  /** A phone number with something else than digits, spaces, +, (), /, . and - in it, or too few digits. */
  'phone_invalid',
  /** Before 2002, the year of the law on the right to social integration: no ISIP date can be so early. */
  'before_law',
  /** More than 10 years from today: a typo in the year, most likely. */
  'too_far_ahead',
  /** A year of birth no living person has. */
  'birth_too_early',
  /** Longer than the field's limit (`LIMITS`). */
  'too_long',
  /** A detail of a signed contract: it changes only through an amendment. */
  'signed',
  /** A correction that gives the date it already has. */
  'unchanged',
  /** A value the app does not know (a damaged or foreign file). */
  'invalid',
] as const
export type FieldError = (typeof FIELD_ERRORS)[number]

/** An error code by field path (`title`, `signedBy.me`), only for the fields in error. */
export type FieldErrors = Partial<Record<string, FieldError>>

/** What every check is given besides the record. */
export interface CheckContext {
  today: IsoDate
}

/** Thrown when a record does not pass its checks: nothing was saved. */
export class ValidationError extends Error {
  constructor(readonly errors: Readonly<FieldErrors>) {
    super(`Refused: ${Object.entries(errors).map(([field, code]) => `${field} ${code}`).join(', ')}`)
    this.name = 'ValidationError'
  }
}

/** Thrown when a record changed (in another tab, by another hand) since the form that saves it was opened. */
export class ChangedElsewhereError<T = unknown> extends Error {
  constructor(readonly current: T | undefined) {
    super('The record changed since the form was opened')
    this.name = 'ChangedElsewhereError'
  }
}

/** A check between fields, run once `field` has no error yet and the fields it `needs` passed their own checks. */
export interface Rule<T, C extends CheckContext = CheckContext> {
  field: string
  needs: readonly string[]
  check: (record: T, context: C) => FieldError | undefined
}

/** What a record kind tells the checks. */
export interface RecordKind<T, C extends CheckContext = CheckContext> {
  /** The shape of a stored record and each field's own checks. */
  schema: (context: C) => v.GenericSchema<unknown, T>
  /** Checks between fields, in order: the first error of a field wins. */
  rules?: readonly Rule<T, C>[]
  /** Keeps only what belongs together (no "done on" unless done), after empty values are dropped. */
  normalise?: (record: T) => T
  /** The order the screens and the repository list these records in. */
  order?: (a: T, b: T) => number
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Characters that show nothing: spaces of every kind (the no-break space too), controls, and the invisible format
 * characters (zero-width space and joiners, word joiner, byte-order mark, soft hyphen) and fillers that look blank.
 */
const INVISIBLE = '[\\p{White_Space}\\p{Cc}\\u00AD\\u034F\\u061C\\u115F\\u1160\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\u2800\\u3164\\uFEFF\\uFFA0]'
const EDGES = new RegExp(`^${INVISIBLE}+|${INVISIBLE}+$`, 'gu')
const ALL_INVISIBLE = new RegExp(`^${INVISIBLE}*$`, 'u')

/** The text without what shows nothing at either end ("\u200B yes\u00A0" is "yes"). */
export const tidy = (text: string): string => text.replace(EDGES, '')

/** Text that shows nothing: empty, spaces, or only invisible characters. It is not an answer. */
export const isBlank = (text: string): boolean => ALL_INVISIBLE.test(text)

/** Drops empty values (undefined, null, blank text) and tidies text, in nested objects too: a record holds what was filled in. */
export function compact<T>(record: T): T {
  if (!isPlainObject(record)) return record
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue
    if (typeof value === 'string') {
      const text = tidy(value)
      if (text !== '') out[key] = text
    } else out[key] = isPlainObject(value) ? compact(value) : value
  }
  return out as T
}

/** The record as it will be stored: compacted, then normalised by its kind. */
export function prepare<T, C extends CheckContext>(kind: RecordKind<T, C>, record: T): T {
  const compacted = compact(record)
  return kind.normalise ? kind.normalise(compacted) : compacted
}

const isCode = (message: string): message is FieldError => (FIELD_ERRORS as readonly string[]).includes(message)

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => String(item.key)).join('.')
}

/** The schema of the field at `path` in an object schema, if there is one. */
function fieldSchema(schema: v.GenericSchema, path: readonly string[]): v.GenericSchema | undefined {
  let current: unknown = schema
  for (const key of path) current = (current as { entries?: Record<string, unknown> } | undefined)?.entries?.[key]
  return current as v.GenericSchema | undefined
}

/** Checks a prepared record: the schema first, then the rules. An empty answer means it may be stored. */
export function checkRecord<T, C extends CheckContext>(kind: RecordKind<T, C>, record: unknown, context: C): FieldErrors {
  const errors: FieldErrors = {}
  const schema = kind.schema(context)
  for (const issue of v.safeParse(schema, record).issues ?? []) {
    const path = pathOf(issue)
    let code = issue.message
    // A field left empty is dropped from the record, and valibot then reports its object: ask the field itself
    // what it says of nothing ("required", "text_required"…).
    if (issue.type === 'object' && issue.input === undefined && path !== '') {
      const field = fieldSchema(schema, path.split('.'))
      code = (field && v.safeParse(field, undefined).issues?.[0]?.message) ?? 'required'
    }
    errors[path] ??= isCode(code) ? code : 'invalid'
  }
  if (errors[''] !== undefined) return errors
  // A rule compares real values: it waits for its fields' own checks, not for other rules.
  const invalid = new Set(Object.keys(errors))
  for (const rule of kind.rules ?? []) {
    if (errors[rule.field] !== undefined || rule.needs.some((field) => invalid.has(field))) continue
    const code = rule.check(record as T, context)
    if (code !== undefined) errors[rule.field] = code
  }
  return errors
}

/** Throws a ValidationError when `errors` names any field. */
export function assertValid(errors: Readonly<FieldErrors>): void {
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
}

/** The first field in error, in the order given (where a form moves focus). */
export function firstError<F extends string>(errors: Readonly<Partial<Record<string, unknown>>>, order: readonly F[]): F | undefined {
  return order.find((field) => errors[field] !== undefined)
}

/** Two records hold the same data (key order and undefined values do not matter). */
export function sameData(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b)
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isPlainObject(inner) ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : inner,
  )
}

// The field schemas the record kinds are made of. Each carries its error code as its message.

/**
 * The longest text each kind of field takes, in characters: enough for what it holds, short enough that a paste by
 * mistake (50,000 characters in a PCSW's name) is refused with a message rather than kept. The form kit shows what is
 * left as the person nears it.
 */
export const LIMITS = {
  /** A name: a PCSW, a municipality, a person, an organisation. */
  name: 100,
  phone: 40,
  /** A postal address, a contact (a phone number, an e-mail, an address). */
  address: 200,
  /** A title: an objective, a step. */
  title: 300,
  /** A note: a summary, what was said, what changed, a commitment. */
  note: 2000,
  /** An answer of the reflection, in the person's words. */
  answer: 5000,
} as const

/** Any string: an id, a reference. */
export const id = v.string('invalid')

/** An optional reference to another record (an id). */
export const optionalId = v.optional(id)

/** Words that must be written (spaces or invisible characters alone do not count), at most `max` characters. */
export const text = (code: FieldError = 'text_required', max: number = LIMITS.note) =>
  v.pipe(
    v.string(code),
    v.check((s) => !isBlank(s), code),
    v.maxLength(max, 'too_long'),
  )

/** Optional free text, at most `max` characters. */
export const note = (max: number = LIMITS.note) => v.optional(v.pipe(v.string('invalid'), v.maxLength(max, 'too_long')))

/** One of a list. */
export const oneOf = <const T extends readonly [string, ...string[]]>(options: T, code: FieldError = 'choice_required') => v.picklist(options, code)

/** The first day any ISIP date can be: the Law of 26 May 2002 on the right to social integration created the ISIP. */
export const EARLIEST_ISIP_DATE: IsoDate = '2002-01-01'
/** How far ahead a date may be: a contract runs at most 120 months (contract.ts), a plan as long. */
export const YEARS_AHEAD = 10

/** The last day a date may be: `YEARS_AHEAD` years after today (a string bound: 29 February needs no care). */
export const latestDate = (today: IsoDate): IsoDate | undefined =>
  isValidIsoDate(today) ? `${String(Number(today.slice(0, 4)) + YEARS_AHEAD).padStart(4, '0')}${today.slice(4)}` : undefined

/**
 * A real calendar date of the project: not before 2002 (`before_law`), not more than 10 years after `today`
 * (`too_far_ahead`) — a year typed wrong (0001, 1900, 2200) is told, not stored. `notAfter` refuses a later one with
 * `late` ('future' by default); `earliest` and `early` replace the 2002 bound (a birth date).
 */
export const date = (today: IsoDate, options: { code?: FieldError; notAfter?: IsoDate; late?: FieldError; earliest?: IsoDate; early?: FieldError } = {}) => {
  const { code = 'required', notAfter, late = 'future', earliest = EARLIEST_ISIP_DATE, early = 'before_law' } = options
  const latest = latestDate(today)
  return v.pipe(
    v.string(code),
    v.check((s) => s.trim() !== '', code),
    v.check((s: string) => isValidIsoDate(s), 'date_invalid'),
    v.check((d) => d >= earliest, early),
    v.check((d) => notAfter === undefined || d <= notAfter, late),
    v.check((d) => latest === undefined || d <= latest, 'too_far_ahead'),
  )
}

/** A date of something that already happened: not after today (nor before 2002). */
export const pastDate = (today: IsoDate, code?: FieldError) => date(today, { code, notAfter: today })

const role = v.picklist(['me', 'companion', 'social-worker'] satisfies Author['role'][], 'invalid')
const authorName = v.optional(v.pipe(v.string('invalid'), v.maxLength(LIMITS.name, 'too_long')))

/** Who wrote an answer, objective, step or commitment first. */
export const author = v.object({ role, name: authorName }) satisfies v.GenericSchema<unknown, Author>

/** The changes since it was first written (authorship.ts): who, on a day already past; at most `MAX_EDITS`. */
export const edits = (today: IsoDate) =>
  v.optional(
    v.pipe(
      v.array(v.object({ role, name: authorName, on: pastDate(today) }) satisfies v.GenericSchema<unknown, Edit>, 'invalid'),
      v.maxLength(MAX_EDITS, 'invalid'),
    ),
  )

const valueAt = (record: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (isPlainObject(value) ? value[key] : undefined), record)

/** `field`, when both are real dates, may not come before `earlier` (a field path, or a date from the context). */
export function notBefore<T, C extends CheckContext = CheckContext>(
  field: string,
  earlier: string | ((record: T, context: C) => IsoDate | undefined),
  code: FieldError,
): Rule<T, C> {
  const earlierOf = typeof earlier === 'string' ? (record: T) => valueAt(record, earlier) : earlier
  return {
    field,
    needs: typeof earlier === 'string' ? [earlier] : [],
    check: (record, context) => {
      const later = valueAt(record, field)
      const first = earlierOf(record, context)
      return isValidIsoDate(later) && isValidIsoDate(first) && later < first ? code : undefined
    },
  }
}

/** An optional phone number as people write it (`+32 81 00 00 00`, `081/00.00.00`): what a `tel:` link can call. */
export const phone = v.optional(
  v.pipe(
    v.string('invalid'),
    v.check((s) => /^\+?[\d\s()./-]+$/.test(s.trim()) && s.replace(/\D/g, '').length >= 6, 'phone_invalid'),
  ),
)
