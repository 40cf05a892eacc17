import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ActorSummary } from '../../lib/messaging/contract';
import { ActorKindBadge } from '../ActorKindBadge';
import { t } from '../i18n';
import { Phrase, SLOT } from '../Phrase';
import type { LearnedActions } from './services';

/** How long typing pauses before the actors are searched. */
const PAUSE_MS = 150;

/** Props for {@link MergeSearch}. */
export interface MergeSearchProps {
  from: ActorSummary;
  find: LearnedActions['find'];
  onMerge(into: ActorSummary): void;
  onCancel(): void;
}

/** Searches the actors by name or alias, then merges `from` into the one picked, once confirmed. */
export function MergeSearch({ from, find, onMerge, onCancel }: MergeSearchProps) {
  const first = useRef<HTMLInputElement>(null);
  // The form takes the place of the buttons: focus follows it, for the keyboard.
  useEffect(() => first.current?.focus(), []);
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<ActorSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [into, setInto] = useState<ActorSummary | null>(null);

  useEffect(() => {
    if (query.trim() === '') {
      setFound([]);
      return;
    }
    let live = true;
    const timer = setTimeout(async () => {
      const result = await find(query);
      if (!live) return;
      setError(result.ok ? null : t('errorActorSearch', result.error));
      setFound(result.ok ? result.value.filter((actor) => actor.id !== from.id) : []);
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, find, from.id]);

  return (
    <div class="bs-learned-form" data-testid="popup-merge-form">
      <label for={inputId}>
        <Phrase text={t('mergeInto', SLOT[0])} parts={[<bdi key="from">{from.name}</bdi>]} />
      </label>
      <input
        id={inputId}
        type="search"
        ref={first}
        data-testid="popup-merge-search"
        placeholder={t('mergeSearchPlaceholder')}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setInto(null);
        }}
      />
      {error && <p class="bs-error">{error}</p>}
      {query.trim() !== '' && found.length === 0 && !error && <p class="bs-empty">{t('mergeNoneFound')}</p>}
      <ul class="bs-list" aria-label={t('mergeFound')}>
        {found.map((actor) => (
          <li key={actor.id}>
            <button
              type="button"
              class="bs-link"
              data-testid="popup-merge-option"
              data-actor={actor.id}
              aria-pressed={into?.id === actor.id}
              onClick={() => setInto(actor)}
            >
              <bdi>{actor.name}</bdi>
            </button>{' '}
            <ActorKindBadge kind={actor.kind} />
          </li>
        ))}
      </ul>
      {into && (
        <p class="bs-confirm" role="alert">
          <Phrase
            text={t('mergeConfirmText', SLOT[0], SLOT[1])}
            parts={[<bdi key="from">{from.name}</bdi>, <bdi key="into">{into.name}</bdi>]}
          />{' '}
          <button
            type="button"
            class="bs-button"
            data-testid="popup-merge-confirm"
            onClick={() => onMerge(into)}
          >
            {t('merge')}
          </button>
        </p>
      )}
      <button type="button" class="bs-small-button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
