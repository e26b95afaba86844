import { defineStore, storeToRefs } from 'pinia'
import { computed } from 'vue'
import { amountsOn } from '@/domain/parameters'
import { mustHaveIsip, type MustHaveIsipInput, type MustHaveIsipResult, type Reminder, type ReminderKind } from '@/domain/reminders'
import { countOf, exampleReminder, ruleValues as ruleValuesOn, type Count } from '@/domain/rule-explanations'
import { sourceOf, type Source, type SourceId } from '@/domain/sources'
import { useClockStore } from './clock'

/** "My rights": the amounts in force, the rules' legal values, worked examples and "must I have an ISIP?". */
export const useRightsStore = defineStore('rights', () => {
  /** Today's date on this device. */
  const today = storeToRefs(useClockStore()).today
  /** The integration income amounts in force today, with the date they apply since (undefined before any known). */
  const amounts = computed(() => amountsOn(today.value))

  /** The values a rule's general statement names (lengths, counts, ages), as in force today. */
  function ruleValues(kind: ReminderKind): Record<string, number> {
    return ruleValuesOn(kind, today.value)
  }

  /** The worked example of a rule, computed by the rules engine. */
  function example(kind: ReminderKind): Reminder | undefined {
    return exampleReminder(kind)
  }

  /** How a reminder's date was counted. */
  function count(reminder: Reminder): Count {
    return countOf(reminder)
  }

  /** The catalogue entries behind a list of source ids, each with its id. */
  function sources(ids: readonly SourceId[]): (Source & { id: SourceId })[] {
    return [...new Set(ids)].map((id) => ({ ...sourceOf(id), id }))
  }

  /** Must the person have an ISIP, and why, for the answers given. */
  function isipAnswer(input: MustHaveIsipInput): MustHaveIsipResult {
    return mustHaveIsip({ ...input, today: today.value })
  }

  return { today, amounts, ruleValues, example, count, sources, isipAnswer }
})
