import type { AnalysisView as AnalysisData } from '../lib/messaging/contract';
import { ActorKindBadge } from './ActorKindBadge';
import { formatDate, isoDate, safeHttpUrl } from './format';
import { t } from './i18n';

/** What the viewer knows: `analysis` is null when the id is not in the library (deleted, or a stale link). */
export type AnalysisViewState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; analysis: AnalysisData | null };

/** Splits stored plain text into paragraphs at line breaks; blank lines are not paragraphs. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A stored analysis as a reading page: title, byline, actors, text, and a link to the original. */
export function AnalysisView({ state }: { state: AnalysisViewState }) {
  if (state.status === 'loading') return <Shell title={t('extName')} note={t('loading')} />;
  if (state.status === 'error')
    return <Shell title={t('extName')} note={t('errorLoadAnalysis', state.error)} />;
  if (!state.analysis) return <Shell title={t('extName')} note={t('analysisGone')} />;
  const { title, source, author, publishedAt, url, text, actors } = state.analysis;
  const date = formatDate(publishedAt);
  const original = safeHttpUrl(url);
  const names = [source, author].filter(Boolean).join(' · ');
  return (
    <article class="bs-analysis-page">
      <h1 data-testid="analysis-title" dir="auto">
        {title || t('untitledAnalysis')}
      </h1>
      <p class="bs-meta">
        {names && <bdi>{names}</bdi>}
        {names && date && ' · '}
        {date && <time dateTime={isoDate(publishedAt)}>{date}</time>}
      </p>
      {actors.length > 0 && (
        <ul class="bs-analysis-actors" aria-label={t('actors')}>
          {actors.map((actor) => (
            <li key={actor.id} data-testid="analysis-actor" title={actor.description}>
              <bdi>{actor.name}</bdi> <ActorKindBadge kind={actor.kind} />
            </li>
          ))}
        </ul>
      )}
      <div class="bs-analysis-text" dir="auto">
        {paragraphs(text).map((paragraph, index) => (
          // Paragraphs have no identity of their own and never reorder.
          <p key={index} dir="auto">
            {paragraph}
          </p>
        ))}
      </div>
      {original && (
        <p>
          <a href={original} target="_blank" rel="noopener noreferrer" data-testid="analysis-original">
            {t('analysisReadOriginal')}
          </a>
        </p>
      )}
    </article>
  );
}

function Shell({ title, note }: { title: string; note: string }) {
  return (
    <main class="bs-analysis-page">
      <h1>{title}</h1>
      <p class="bs-empty" role="status">
        {note}
      </p>
    </main>
  );
}
