import type { PluralizationRule } from 'vue-i18n'

/**
 * French gives 0 the singular (« 0 jour », « il reste 0 caractère »): with two forms, 0 and 1 take the first.
 * Three forms (zero | one | many) keep vue-i18n's default: 0 → first, 1 → second, else third.
 */
export const frenchPlural: PluralizationRule = (choice, choicesLength) => {
  const n = Math.abs(choice)
  if (choicesLength === 2) return n <= 1 ? 0 : 1
  return n === 0 ? 0 : n === 1 ? 1 : Math.min(2, choicesLength - 1)
}

/**
 * The value a counted message agrees with, for the messages built from values (the rules engine's, the rights
 * screens'): the keys below name it (nested by key path, as in the locales); any other key agrees with the first of
 * `count`, `length`, `days`, `months`, `n`.
 */
type CountedOn = { [part: string]: string | CountedOn }
const COUNTED_ON: CountedOn = {
  evaluations: { intro: 'needed' },
  forms: { errors: { too_long: 'max' } },
  isip_required: { under_25: 'age' },
  rules: {
    evaluation_due: { note_count: 'held', note_cannot_reach_three: 'needed', note_cannot_reach_two_in_person: 'neededInPerson' },
    repeat_window_ends: { why: 'firstMax' },
  },
  why: { rules: { repeat_window_ends: 'firstMax' } },
}
const DEFAULT_ORDER = ['count', 'length', 'days', 'months', 'n']

/** The name of the placeholder `key` is counted on, among `names`. */
export function countedOn(key: string, names: readonly string[]): string | undefined {
  let own: string | CountedOn | undefined = COUNTED_ON
  for (const part of key.split('.')) own = typeof own === 'object' ? own[part] : undefined
  if (typeof own === 'string') return names.includes(own) ? own : undefined
  return DEFAULT_ORDER.find((name) => names.includes(name))
}

/** The plural argument for `t(key, values, count)`, or undefined when nothing in `values` is a count. */
export function pluralCount(key: string, values: Record<string, unknown>): number | undefined {
  const name = countedOn(key, Object.keys(values).filter((k) => typeof values[k] === 'number'))
  return name === undefined ? undefined : (values[name] as number)
}
