// The typography rules of the messages (issue 14), as code: `fixTypography` writes a message as a careful typesetter
// would, and a message breaks the rules when fixing it changes it. Used by `npm run fix:typography` and by
// tests/unit/i18n/typography.test.ts, so a new string cannot bring a breach back.
//
// - French: a narrow no-break space (U+202F) before ; ? !, a no-break space (U+00A0) before : and inside « »;
//   every language: curly apostrophes (’, and ‘ opening a quotation), a no-break space between a number and its
//   unit (days, months, euros, %, the months of a date) and after §, so they never fall on two lines.
// Placeholders (`{count}`) are left as they are, but a placeholder counts as a number before a unit.

export const NBSP = '\u00a0'
export const NNBSP = '\u202f'

/** Words that measure what the number before them counts: kept on the number's line. */
const UNITS = {
  fr: 'jours? ouvrables|jours?|jours calendrier|mois|ans?|années?|semaines?|heures?|minutes?|euros?|€|%|Mo|caractères?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
  nl: 'werkdagen|kalenderdagen|dagen|dag|maanden|maand|jaren|jaar|weken|week|uren|uur|minuten|euro|€|%|MB|tekens|teken|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
  de: 'Arbeitstagen?|Tagen?|Tag|Monaten?|Monat|Jahren?|Jahr|Wochen?|Stunden?|Minuten?|Euro|€|%|MB|Zeichen|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember',
  en: 'working days?|calendar days?|days?|months?|years?|weeks?|hours?|minutes?|euros?|€|%|MB|characters?|January|February|March|April|May|June|July|August|September|October|November|December',
}

/** The parts of a message outside its placeholders (`{…}`), rewritten by `fix`; placeholders kept whole. */
function outsidePlaceholders(message, fix) {
  return message
    .split(/(\{[^{}]*\})/)
    .map((part, i) => (i % 2 === 1 ? part : fix(part)))
    .join('')
}

/** Straight apostrophes and single quotes made curly: ‘ opens after a space or at the start (not in ’s, ’t). */
function curlyApostrophes(text) {
  return text.replace(/(^|[\s(«“])'(?!(?:s|t|n)\b)(?=\p{L})/gu, '$1‘').replace(/'/g, '’')
}

function frenchMarks(text) {
  return (
    text
      // ; ? ! take a narrow no-break space: any space before them becomes one, a word right before them gets one.
      .replace(/[ \u00a0\u202f]*([;?!])/g, (match, mark, offset, whole) => {
        const before = whole.slice(0, offset)
        // At the start of a part (right after a placeholder), only a space shows that a mark follows a word.
        if (before === '') return match === mark ? match : NNBSP + mark
        if (/[?!;\s]$/.test(before) || /https?:\/\/\S*$/.test(before)) return match
        return NNBSP + mark
      })
      // : takes a no-break space, except in a time (14:00) or an address (https:).
      .replace(/[ \u202f]:/g, NBSP + ':')
      .replace(/(\p{L})\u00a0?:(?=\s|$)/gu, (match, letter, offset, whole) =>
        /https?$/.test(whole.slice(0, offset + 1)) ? match : letter + NBSP + ':',
      )
      .replace(/«[ \u00a0\u202f]?/g, '«' + NBSP)
      .replace(/[ \u00a0\u202f]?»/g, NBSP + '»')
  )
}

/** A number (or a placeholder, written as `{…}` in `whole`) and its unit on one line; § and its number too. */
function keepUnits(message, language) {
  const units = UNITS[language]
  return message
    // German writes its days as ordinals ("26. Mai").
    .replace(new RegExp(`(\\d${language === 'de' ? '\\.?' : ''}|\\})[ \\u202f](${units})(?![\\p{L}])`, 'gu'), `$1${NBSP}$2`)
    .replace(/(€)[ \u202f](\d|\{)/g, `$1${NBSP}$2`)
    .replace(/§[ \u202f]?(?=\d|\{)/g, '§' + NBSP)
}

/** The message as the rules of its language write it. */
export function fixTypography(message, language) {
  let out = outsidePlaceholders(message, curlyApostrophes)
  if (language === 'fr') out = outsidePlaceholders(out, frenchMarks)
  return keepUnits(out, language)
}

/** Every message of a locale file, by its dotted key. */
export function messagesOf(tree, prefix = '') {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? messagesOf(value, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)]],
  )
}

/** The locale tree with every message fixed. */
export function fixTree(tree, language) {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      value && typeof value === 'object' ? fixTree(value, language) : fixTypography(String(value), language),
    ]),
  )
}
