/**
 * The step-by-step plan.
 */
import { isValidIsoDate } from '../dates'
import { parameterOn } from '../parameters'
import type { ProjectFacts, RuleContext } from './types'

/**
 * `step-due`: a step of the person's own plan, on its date, with a heads-up 3 days before (it counts as "soon"
 * from then). Dropped steps and steps without a date give nothing; done steps give a done reminder.
 *
 * Source: the person's plan (the ISIP contract's step-by-step plan; the ISIP guide); the heads-up is this app's.
 */
export function stepDue(facts: ProjectFacts, ctx: RuleContext): void {
  const headsUpDays = parameterOn('step_heads_up_days', ctx.today)
  for (const step of facts.steps ?? []) {
    if (step.status === 'dropped' || !isValidIsoDate(step.dueDate)) continue
    const due = step.dueDate
    ctx.emit({
      id: `step-due:${step.id}`,
      kind: 'step-due',
      due,
      record: { table: 'steps', id: step.id },
      sources: ['your-plan', 'seed-guide'],
      message: { key: `reminders.step_due.title_${step.who}`, values: { date: due, title: step.title } },
      explanation: {
        key: 'rules.step_due.why',
        values: { date: due, length: headsUpDays },
        start: { event: 'step-date', date: due },
        parameters: ['step_heads_up_days'],
      },
      done: step.status === 'done',
      headsUpDays,
    })
  }
}
