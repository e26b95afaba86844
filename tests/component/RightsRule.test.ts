import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { formatCalendarDate } from '@/i18n/formats'
import { describe, expect, it } from 'vitest'
import RightsRuleView from '@/views/RightsRuleView.vue'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { computeReminders, INFO_REMINDER_KINDS, REMINDER_KINDS } from '@/domain/reminders'
import { RULE_EXAMPLES } from '@/domain/rule-explanations'
import { mountScreen, until } from './mount'

const locales = Object.fromEntries(['en', 'fr', 'nl'].map((l) => [l, JSON.parse(readFileSync(resolve(process.cwd(), 'locales', `${l}.json`), 'utf8'))]))
const text = (lang: string, key: string): string =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locales[lang]) as string
// The app's own writing of a date (tested on its own in tests/unit/domain/formats.test.ts).
const longDate = (lang: 'en' | 'fr' | 'nl', iso: string) => formatCalendarDate(iso, lang)

/** A project with a meeting asked for on Friday 18 December 2026, stored as the app stores it. */
async function projectWithMeetingRequest() {
  const project = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, '2026-12-31')
  await getDb().meetingRequests.add({ id: 'm1', projectId: project.id, askedOn: '2026-12-18', how: 'phone' })
  return project
}

describe('why this date? — the rule behind each kind of reminder', () => {
  it.each([...REMINDER_KINDS, ...INFO_REMINDER_KINDS])('explains %s with a worked example whose date is the rules engine’s', async (kind) => {
    const { facts, today } = RULE_EXAMPLES[kind]
    const expected = computeReminders(facts, today).find((r) => r.kind === kind)
    expect(expected, `the example of ${kind} gives a reminder of that kind`).toBeDefined()
    const { wrapper } = await mountScreen(RightsRuleView, { path: `/rights/rules/${kind}` })
    expect(wrapper.find('h1').text()).toBe(text('en', `reminders.${kind.replace(/-/g, '_')}.label`))
    expect(wrapper.find('[data-testid="rule-says"]').text()).not.toBe('')
    const example = wrapper.find('[data-testid="example-date"]')
    expect(example.attributes('data-date')).toBe(expected?.due)
    expect(example.text()).toContain(longDate('en', expected?.due ?? ''))
    expect(wrapper.findAll('[data-testid="rule-sources"] li').length).toBeGreaterThan(0)
    wrapper.unmount()
  })

  it('counts a meeting asked on Friday 18 December 2026 to Monday 28 December 2026: Christmas is a public holiday', async () => {
    const { wrapper } = await mountScreen(RightsRuleView, { path: '/rights/rules/meeting-due' })
    expect(wrapper.find('[data-testid="example-date"]').attributes('data-date')).toBe('2026-12-28')
    const summary = wrapper.find('[data-testid="count-summary"]').text()
    expect(summary).toContain(longDate('en', '2026-12-18'))
    expect(summary).toContain('Christmas Day')
    expect(summary).toContain(longDate('en', '2026-12-28'))
    const days = wrapper.findAll('[data-testid="count-days"] li').map((li) => li.text())
    // Monday 21 to Thursday 24 count; Friday 25 (Christmas) and the weekend do not; Monday 28 is the fifth.
    expect(days.filter((d) => d.includes('working day'))).toHaveLength(5)
    expect(days.find((d) => d.includes(longDate('en', '2026-12-25')))).toContain('public holiday')
    wrapper.unmount()
  })

  it('says the same in French and Dutch, with the holiday named in that language', async () => {
    for (const [lang, christmas] of [['fr', 'Noël'], ['nl', 'Kerstmis']] as const) {
      const { wrapper } = await mountScreen(RightsRuleView, { language: lang, path: '/rights/rules/meeting-due' })
      expect(wrapper.find('h1').text()).toBe(text(lang, 'reminders.meeting_due.label'))
      expect(wrapper.find('[data-testid="count-summary"]').text()).toContain(christmas)
      expect(wrapper.find('[data-testid="example-date"]').text()).toContain(longDate(lang, '2026-12-28'))
      wrapper.unmount()
    }
  })

  it('shows how this person’s own date was counted when opened from their reminder', async () => {
    await projectWithMeetingRequest()
    const { wrapper } = await mountScreen(RightsRuleView, { path: '/rights/rules/meeting-due?reminder=meeting-due:m1' })
    await until(() => expect(wrapper.find('[data-testid="rule-own"]').exists()).toBe(true))
    const own = wrapper.find('[data-testid="own-count"]')
    expect(own.attributes('data-due')).toBe('2026-12-28')
    expect(own.text()).toContain('You asked on')
    expect(own.text()).toContain('Christmas Day')
    expect(wrapper.find('[data-testid="rule-example"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="rule-sources"]').text()).toContain('model GPMI contract')
    wrapper.unmount()
  })

  it('falls back to the rule in general when the reminder is not in the project', async () => {
    await projectWithMeetingRequest()
    const { wrapper } = await mountScreen(RightsRuleView, { path: '/rights/rules/meeting-due?reminder=meeting-due:gone' })
    await until(() => expect(wrapper.find('[data-testid="rule-not-found"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="example-date"]').attributes('data-date')).toBe('2026-12-28')
    wrapper.unmount()
  })

  it('says so for a kind of rule that does not exist', async () => {
    const { wrapper } = await mountScreen(RightsRuleView, { path: '/rights/rules/no-such-rule' })
    expect(wrapper.text()).toContain('This rule does not exist.')
    wrapper.unmount()
  })
})
