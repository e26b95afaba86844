/**
 * What "My rights" says, as a catalogue: the sections in reading order, each as a list of blocks whose words live
 * in locales/*.json under `rights.sections.<id>.*`. The catalogue fixes the order and the structure; the locales
 * hold the words. Tests enumerate it, so a section, a paragraph or a glossary term that exists here but not in
 * all three languages (or the reverse) fails.
 *
 * Content rests on the two source documents (the PPS SI guide and the Tournai CPAS page) as corrected by
 * legal-facts.md: the meeting deadline is 5 working days; community service was abolished in 2018 and is never
 * presented as a duty (the glossary says once that it no longer exists). §11 (2026): an appeal's last day on a
 * weekend or holiday moves to the next working day; subsidiary protection meets the nationality condition; the
 * resources of the family one lives with may count since 1 March 2026.
 */
import type { ReminderKind } from '@/domain/reminders'

/** The official terms of legal-facts.md §8 and a few others the text uses; `glossary.terms.<id>.*`. */
export const GLOSSARY_IDS = [
  'acknowledgement_of_receipt',
  'appeal',
  'cohabiting_person',
  'community_service',
  'cooling_off_period',
  'dependent_family',
  'equity_reasons',
  'equivalent_social_aid',
  'evaluation',
  'formal_notice',
  'full_time_studies',
  'health_reasons',
  'integration_income',
  'isip',
  'labour_tribunal',
  'legitimate_reason',
  'meeting',
  'new_beneficiary',
  'notification',
  'partner_organisation',
  'pcsw',
  'person_of_your_choice',
  'pps_si',
  'repeat_offence',
  'resources',
  'right_to_be_heard',
  'right_to_social_integration',
  'single_person',
  'social_action_council',
  'social_investigation',
  'social_worker',
  'special_committee',
  'step_by_step_plan',
  'subsidiary_protection',
  'suspended_sanction',
  'suspension_of_payment',
  'willingness_to_work',
  'working_day',
] as const
export type GlossaryId = (typeof GLOSSARY_IDS)[number]

/** Each glossary entry holds the term in the three languages (the same in every locale) and an explanation. */
export const GLOSSARY_FIELDS = ['fr', 'nl', 'en', 'explanation'] as const

export const SECTION_IDS = [
  'what_is_isip',
  'how_made',
  'what_it_brings',
  'your_rights',
  'your_obligations',
  'who_must',
  'not_complying',
  'appeal',
  'moving',
  'going_abroad',
  'integration_income',
  'conditions',
  'amounts',
] as const
export type SectionId = (typeof SECTION_IDS)[number]

export type Block =
  /** A paragraph: `rights.sections.<id>.paragraphs.<name>`. */
  | { type: 'p'; name: string }
  /** A sub-heading: `rights.sections.<id>.headings.<name>`. */
  | { type: 'h'; name: string }
  /** A list: `rights.sections.<id>.lists.<name>.<item>`, items in this order. */
  | { type: 'ul' | 'ol'; name: string; items: readonly string[] }
  /** A link to the explanation of the rule behind a kind of reminder. */
  | { type: 'rule'; kind: ReminderKind }
  /** A link to another section. */
  | { type: 'see'; section: SectionId }
  /** The integration income amounts in force today, by category. */
  | { type: 'amounts' }
  /** A link to "Must I have an ISIP?". */
  | { type: 'isip-check' }

export interface Section {
  id: SectionId
  /** Which list of "My rights" it appears in. */
  group: 'isip' | 'income'
  blocks: readonly Block[]
  /** The official terms the section uses, explained in its "words used here" box. */
  terms: readonly GlossaryId[]
  /** Where sources disagree: one sentence each, `rights.sections.<id>.disagree.<topic>`. */
  disagree: readonly string[]
}

const p = (name: string): Block => ({ type: 'p', name })
const h = (name: string): Block => ({ type: 'h', name })
const ul = (name: string, items: readonly string[]): Block => ({ type: 'ul', name, items })
const ol = (name: string, items: readonly string[]): Block => ({ type: 'ol', name, items })
const rule = (kind: ReminderKind): Block => ({ type: 'rule', kind })
const see = (section: SectionId): Block => ({ type: 'see', section })

export const SECTIONS: readonly Section[] = [
  {
    id: 'what_is_isip',
    group: 'isip',
    blocks: [p('names'), p('aim'), p('right'), p('together'), p('contract'), p('not_condition'), see('how_made')],
    terms: ['isip', 'pcsw', 'right_to_social_integration', 'integration_income', 'social_worker'],
    disagree: [],
  },
  {
    id: 'how_made',
    group: 'isip',
    blocks: [
      h('needs'),
      p('needs'),
      ul('needs', ['needs', 'problems', 'struggles', 'rid_of', 'be_and_have', 'life', 'represent']),
      p('strengths'),
      h('objectives'),
      p('objectives'),
      p('objectives_examples'),
      h('plan'),
      p('plan'),
      ul('plan', ['what', 'expect_pcsw', 'pcsw_expects']),
      p('plan_proposals'),
      h('contract'),
      p('contract'),
      p('explained'),
      h('partner'),
      p('partner'),
      see('your_rights'),
    ],
    terms: ['social_worker', 'step_by_step_plan', 'partner_organisation'],
    disagree: [],
  },
  {
    id: 'what_it_brings',
    group: 'isip',
    blocks: [ul('brings', ['support', 'clearer', 'objectives', 'rely']), p('balance'), see('your_rights'), see('your_obligations')],
    terms: ['isip', 'pcsw'],
    disagree: [],
  },
  {
    id: 'your_rights',
    group: 'isip',
    blocks: [
      h('person'),
      p('person'),
      h('explained'),
      p('explained'),
      h('cooling_off'),
      p('cooling_off'),
      rule('cooling-off-ends'),
      h('meeting'),
      p('meeting'),
      rule('meeting-due'),
      h('changes'),
      p('changes'),
      h('balance'),
      p('balance'),
      h('realistic'),
      p('realistic'),
      h('means'),
      p('means'),
      h('conditions'),
      p('conditions'),
      h('heard'),
      p('heard'),
      h('secrecy'),
      p('secrecy'),
      see('your_obligations'),
    ],
    terms: ['person_of_your_choice', 'social_worker', 'cooling_off_period', 'meeting', 'working_day', 'partner_organisation', 'right_to_be_heard'],
    disagree: ['cooling_off', 'meeting'],
  },
  {
    id: 'your_obligations',
    group: 'isip',
    blocks: [
      h('plan'),
      p('plan'),
      rule('step-due'),
      h('evaluation'),
      p('evaluation'),
      p('rhythm'),
      p('moment'),
      rule('evaluation-due'),
      h('volunteering'),
      p('volunteering'),
      see('your_rights'),
      see('not_complying'),
    ],
    terms: ['step_by_step_plan', 'social_worker', 'evaluation'],
    disagree: ['year', 'old_rule'],
  },
  {
    id: 'who_must',
    group: 'isip',
    blocks: [
      h('mandatory'),
      ul('mandatory', ['under_25', 'new_beneficiary']),
      p('deadline'),
      rule('isip-due'),
      h('exceptions'),
      p('health'),
      p('equity'),
      p('working'),
      p('optional'),
      h('students'),
      p('students'),
      { type: 'isip-check' },
    ],
    terms: ['integration_income', 'new_beneficiary', 'health_reasons', 'equity_reasons', 'full_time_studies'],
    disagree: ['start'],
  },
  {
    id: 'not_complying',
    group: 'isip',
    blocks: [
      p('talk'),
      h('steps'),
      ol('steps', ['notice', 'opinion', 'heard', 'decision']),
      rule('hearing-right'),
      h('legitimate'),
      p('legitimate'),
      p('pcsw_fails'),
      h('sanction'),
      p('sanction'),
      p('repeat'),
      p('other_help'),
      rule('repeat-window-ends'),
      h('suspended'),
      p('suspended'),
      h('appeal'),
      p('appeal'),
      see('appeal'),
    ],
    terms: [
      'formal_notice',
      'right_to_be_heard',
      'social_action_council',
      'special_committee',
      'person_of_your_choice',
      'legitimate_reason',
      'suspension_of_payment',
      'repeat_offence',
      'suspended_sanction',
      'labour_tribunal',
    ],
    disagree: ['start', 'repeat_year'],
  },
  {
    id: 'appeal',
    group: 'isip',
    blocks: [
      p('what'),
      p('deadline'),
      rule('appeal-deadline'),
      p('free'),
      p('not_suspensive'),
      p('mentions'),
      p('review'),
      p('no_decision'),
      rule('decision-due'),
    ],
    terms: ['labour_tribunal', 'appeal', 'notification'],
    disagree: ['weekend', 'no_decision'],
  },
  {
    id: 'moving',
    group: 'isip',
    blocks: [p('competent'), p('transfer'), p('refuse'), p('no_other_source'), p('files'), p('sanction'), p('forward'), p('students')],
    terms: ['pcsw', 'isip'],
    disagree: [],
  },
  {
    id: 'going_abroad',
    group: 'isip',
    blocks: [p('notice'), p('long_stay'), rule('trip-notice')],
    terms: ['pcsw', 'integration_income'],
    disagree: [],
  },
  {
    id: 'integration_income',
    group: 'income',
    blocks: [
      p('right'),
      h('request'),
      p('acknowledgement'),
      p('investigation'),
      p('sessions'),
      h('decision'),
      p('decision'),
      rule('decision-due'),
      rule('notification-due'),
      p('content'),
      p('not_condition'),
      see('conditions'),
      see('amounts'),
      see('appeal'),
    ],
    terms: ['right_to_social_integration', 'integration_income', 'acknowledgement_of_receipt', 'social_worker', 'social_investigation', 'notification'],
    disagree: ['notification_form'],
  },
  {
    id: 'conditions',
    group: 'income',
    blocks: [
      h('seven'),
      ol('seven', ['nationality', 'age', 'residence', 'resources', 'work', 'benefits', 'maintenance']),
      h('family_resources'),
      p('family_resources'),
      ul('family_members', ['partner', 'parents', 'children', 'in_laws']),
      p('family_resources_when'),
      p('family_resources_ask'),
      h('equivalent'),
      p('equivalent'),
      p('two'),
      ul('two', ['residence', 'need']),
      p('four'),
      see('amounts'),
    ],
    terms: ['integration_income', 'subsidiary_protection', 'resources', 'willingness_to_work', 'health_reasons', 'equity_reasons', 'equivalent_social_aid', 'person_of_your_choice'],
    disagree: ['family_resources'],
  },
  {
    id: 'amounts',
    group: 'income',
    blocks: [{ type: 'amounts' }, p('maximum'), p('indexed'), see('conditions')],
    terms: ['cohabiting_person', 'single_person', 'dependent_family', 'resources'],
    disagree: ['single_2024', 'estimate_2026'],
  },
]

/** The section of a given id (the catalogue is complete: every id has one). */
export function sectionById(id: SectionId): Section {
  const section = SECTIONS.find((s) => s.id === id)
  if (!section) throw new Error(`No section ${id}`)
  return section
}

/** `your_rights` ↔ `your-rights`: URLs use hyphens, locale keys snake_case. */
export function sectionSlug(id: SectionId): string {
  return id.replace(/_/g, '-')
}

export function sectionFromSlug(slug: string): Section | undefined {
  return SECTIONS.find((s) => sectionSlug(s.id) === slug)
}

export function sectionPath(id: SectionId): string {
  return `/rights/${sectionSlug(id)}`
}

export function rulePath(kind: ReminderKind, reminderId?: string): string {
  return reminderId === undefined ? `/rights/rules/${kind}` : `/rights/rules/${kind}?reminder=${encodeURIComponent(reminderId)}`
}

/** Locale keys of a section's words. */
export const sectionKey = (id: SectionId, ...path: string[]) => ['rights.sections', id, ...path].join('.')

export function blockKey(id: SectionId, block: Block): string[] {
  switch (block.type) {
    case 'p':
      return [sectionKey(id, 'paragraphs', block.name)]
    case 'h':
      return [sectionKey(id, 'headings', block.name)]
    case 'ul':
    case 'ol':
      return block.items.map((item) => sectionKey(id, 'lists', block.name, item))
    default:
      return []
  }
}

/** Every text key a section shows, in reading order (title and intro first, sources and disagreements last). */
export function sectionTextKeys(section: Section): string[] {
  return [
    sectionKey(section.id, 'title'),
    sectionKey(section.id, 'intro'),
    ...section.blocks.flatMap((block) => blockKey(section.id, block)),
    sectionKey(section.id, 'sources'),
    ...section.disagree.map((topic) => sectionKey(section.id, 'disagree', topic)),
  ]
}

/** The section a reminder kind's "read more" leads to (the backup reminder is the app's own advice: none). */
export const RULE_SECTION: Record<ReminderKind, SectionId | undefined> = {
  'decision-due': 'integration_income',
  'notification-due': 'integration_income',
  'appeal-deadline': 'appeal',
  'isip-due': 'who_must',
  'cooling-off-ends': 'your_rights',
  'meeting-due': 'your_rights',
  'evaluation-due': 'your_obligations',
  'step-due': 'your_obligations',
  'repeat-window-ends': 'not_complying',
  'trip-notice': 'going_abroad',
  'backup-due': undefined,
  'hearing-right': 'not_complying',
}
