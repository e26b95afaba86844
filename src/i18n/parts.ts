/**
 * Messages are split per language into a core part, loaded before the first paint, and lazy parts loaded
 * before the screens that need them (a route names its parts in `meta.messageParts`), so the first route
 * carries only what Today and the navigation show.
 * The source stays locales/{fr,nl,en}.json; scripts/vite-locale-parts.ts writes the parts at build time.
 * Each lazy part lists the top-level locale keys it takes; every other key is core.
 */
export const LAZY_PARTS = {
  /** My project: the reflection, objectives, the plan, commitments, partners, the companion mode. */
  project: ['reflection', 'objectives', 'plan', 'commitments', 'partners', 'companion'],
  /** Contract, meetings and evaluations, letters and decisions, moves and trips: their forms and lists. */
  records: ['contract', 'meetings', 'evaluations', 'letters', 'moves', 'trips'],
  /** My rights: the sections, the glossary, the rule explanations, "must I have an ISIP?". */
  rights: ['rights', 'glossary', 'why', 'isip_check'],
} as const satisfies Record<string, readonly string[]>

export type LazyPart = keyof typeof LAZY_PARTS
