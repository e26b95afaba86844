import { useI18n } from 'vue-i18n'
import type { Source, SourceId } from '@/domain/sources'

/** The project's own documents and the app are named in the person's language; other titles stay in the language of the source. */
const TRANSLATED: ReadonlySet<SourceId> = new Set(['seed-guide', 'tournai-cpas', 'your-plan', 'this-app'])
const key = (id: SourceId) => id.replace(/-/g, '_')

/**
 * How a source is named wherever it is shown (Today's "why?", the rule's page): its title, and its article in the
 * person's language (the catalogue words an article in English, "as commonly cited"; each language has its own).
 * The words are in the `explain` message part, which loads with the rules engine.
 */
export function useSourceText() {
  const { t } = useI18n()
  const name = (id: SourceId, source: Pick<Source, 'title'>): string => (TRANSLATED.has(id) ? t(`rules.source_names.${key(id)}`) : source.title)
  const article = (id: SourceId, source: Pick<Source, 'article'>): string | undefined =>
    source.article === undefined ? undefined : t(`rules.source_articles.${key(id)}`)
  /** "Title, article" as one line. */
  const line = (id: SourceId, source: Pick<Source, 'title' | 'article'>): string => [name(id, source), article(id, source)].filter(Boolean).join(', ')
  return { name, article, line }
}
