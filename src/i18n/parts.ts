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
  records: ['contract', 'meetings', 'evaluations', 'letters', 'moves', 'trips', 'photos'],
  /**
   * The words of reminders and rules (and holiday names, "must I have an ISIP?" reasons): shown only once the
   * lazily loaded rules engine has computed something, so they load with it, not with the first route.
   */
  explain: ['reminders', 'rules', 'holidays', 'isip_required'],
  /** The calendar file, notifications and the print views (issue 12): loaded when one of them is asked for. */
  calendar: ['calendar', 'notify'],
  /** The words every form shares: its errors, its buttons, a record changed elsewhere. */
  forms: ['forms'],
  /** Keeping a copy and opening one (Settings, the import screen), and the projects on this phone. */
  backup: ['backup'],
  /** Contacts: the PCSW, the people around the person, free help and the labour tribunals. */
  contacts: ['contacts'],
  /** Writing a letter the person sends (issue 17): the fields, the appeal guide; the letters' own words are in src/domain/letters/text. */
  compose: ['compose'],
  /** A session on a shared device (issue 11, item 5): the choice, the banner, the end; loaded with them. */
  desk: ['desk'],
  /** My rights: the sections, the glossary, the rule explanations, "must I have an ISIP?". */
  rights: ['rights', 'glossary', 'why', 'isip_check'],
  /** The lock (issue 11): its screen, loaded before the app only when the lock is on, and its part of Settings. */
  lock: ['lock'],
} as const satisfies Record<string, readonly string[]>

export type LazyPart = keyof typeof LAZY_PARTS
