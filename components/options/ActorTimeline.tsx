import { useEffect, useState } from 'preact/hooks';
import { formatDate, isoDate } from '../format';
import { t } from '../i18n';
import { NoteItem } from '../NoteItem';
import { message } from './error-message';
import { analysisHref } from './SearchHitItem';
import type { OptionsServices, TimelineEntry } from './services';

/** Props for {@link ActorTimeline}. */
export interface ActorTimelineProps {
  actorId: string;
  services: Pick<OptionsServices, 'timeline'>;
  /** Changes when the library changed, so the timeline loads again. */
  version: number;
}

/** An actor's analyses and the reader's notes on it, in the order the library gives (newest first). */
export function ActorTimeline({ actorId, services, version }: ActorTimelineProps) {
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setEntries(null);
    setError(null);
    services.timeline(actorId).then(
      (loaded) => live && setEntries(loaded),
      (failure: unknown) => live && setError(t('errorLoadTimeline', message(failure))),
    );
    return () => {
      live = false;
    };
  }, [services, actorId, version]);

  if (error) return <p class="bs-error">{error}</p>;
  if (!entries) return <p class="bs-empty">{t('loading')}</p>;
  if (entries.length === 0) return <p class="bs-empty">{t('actorTimelineEmpty')}</p>;
  return (
    <ol class="bs-list bs-timeline" data-testid="actor-timeline">
      {entries.map((entry) =>
        entry.kind === 'note' ? (
          <NoteItem
            key={`n:${entry.note.id}`}
            note={entry.note}
            target={entry.note.pageTitle || entry.note.url}
            testId="timeline-note"
          />
        ) : (
          <li key={`a:${entry.id}`} class="bs-item" data-testid="timeline-analysis">
            <a class="bs-link" href={analysisHref(entry.id)} target="_blank" rel="noopener" dir="auto">
              {entry.title || t('untitledAnalysis')}
            </a>
            <div class="bs-meta">
              {entry.source}
              {entry.source && formatDate(entry.date) && ' · '}
              <time dateTime={isoDate(entry.date)}>{formatDate(entry.date)}</time>
            </div>
          </li>
        ),
      )}
    </ol>
  );
}
