// Plain data, free of the DOM: also read at build time by scripts/vite-first-paint.ts.
export const LANGUAGES = ['fr', 'nl', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** Each language is named in itself, so a person who cannot read the current one still finds theirs. */
export const OWN_NAMES: Record<Language, string> = { fr: 'Français', nl: 'Nederlands', en: 'English' }
