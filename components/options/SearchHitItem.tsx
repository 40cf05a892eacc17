import { useState } from 'preact/hooks';
import type { SearchHit } from '../../lib/io/types';
import type { Note } from '../../lib/model';
import { formatDate, isoDate } from '../format';
import { t } from '../i18n';
import { NoteItem } from '../NoteItem';
import { message } from './error-message';
import type { OptionsServices } from './services';

/** The analysis viewer's address for an id. */
export function analysisHref(id: string): string {
  return `/analysis.html?id=${encodeURIComponent(id)}`;
}

/** Props for {@link SearchHitItem}. */
export interface SearchHitItemProps {
  hit: SearchHit;
  services: Pick<OptionsServices, 'getNote'>;
}

/** One search hit, as text: an analysis links to the viewer, a note unfolds in place. */
export function SearchHitItem({ hit, services }: SearchHitItemProps) {
  const [note, setNote] = useState<Note | null | 'gone'>(null);
  const [error, setError] = useState<string | null>(null);
  const date = formatDate(hit.date);

  async function toggleNote() {
    if (note) return setNote(null);
    try {
      setNote((await services.getNote(hit.id)) ?? 'gone');
    } catch (failure) {
      setError(t('errorOpenNote', message(failure)));
    }
  }

  return (
    <li class="bs-item" data-testid="search-hit" data-kind={hit.kind}>
      <span class="bs-kind">{t(hit.kind === 'analysis' ? 'hitAnalysis' : 'hitNote')}</span>{' '}
      {hit.kind === 'analysis' ? (
        <a class="bs-link" href={analysisHref(hit.id)} target="_blank" rel="noopener" dir="auto">
          {hit.title || t('untitledAnalysis')}
        </a>
      ) : (
        <button
          type="button"
          class="bs-link"
          dir="auto"
          aria-expanded={note !== null}
          onClick={() => void toggleNote()}
        >
          {hit.title || t('hitNote')}
        </button>
      )}
      {date && (
        <time class="bs-meta" dateTime={isoDate(hit.date)}>
          {' '}
          · {date}
        </time>
      )}
      {hit.excerpt && (
        <p class="bs-snippet" dir="auto">
          {hit.excerpt}
        </p>
      )}
      {note === 'gone' && <p class="bs-empty">{t('noteGone')}</p>}
      {note && note !== 'gone' && (
        <ul class="bs-list bs-nested">
          <NoteItem note={note} target={note.pageTitle || note.url} testId="search-note" />
        </ul>
      )}
      {error && <p class="bs-error">{error}</p>}
    </li>
  );
}
