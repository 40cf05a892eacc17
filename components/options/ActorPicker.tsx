import { useId, useMemo, useState } from 'preact/hooks';
import type { Actor } from '../../lib/model';
import { ActorKindBadge } from '../ActorKindBadge';
import { t, tn } from '../i18n';

/** Lower case without accents, so "erdogan" finds "Erdoğan". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** The most actors listed at once; the filter narrows the rest down. */
export const PICKER_LIMIT = 100;

/** Props for {@link ActorPicker}. */
export interface ActorPickerProps {
  actors: Actor[];
  selectedId: string | null;
  onSelect(id: string): void;
}

/** Filters actors by name, alias or id, and lists the matches to pick one. */
export function ActorPicker({ actors, selectedId, onSelect }: ActorPickerProps) {
  const [filter, setFilter] = useState('');
  const inputId = useId();
  const matches = useMemo(() => {
    const wanted = fold(filter.trim());
    if (!wanted) return actors;
    return actors.filter((actor) =>
      [actor.name, actor.id, ...actor.aliases.map((alias) => alias.text)].some((text) =>
        fold(text).includes(wanted),
      ),
    );
  }, [actors, filter]);
  return (
    <div class="bs-picker">
      <label for={inputId}>{t('actorFilter')}</label>
      <input
        id={inputId}
        type="search"
        data-testid="actor-filter"
        value={filter}
        onInput={(event) => setFilter(event.currentTarget.value)}
      />
      <p class="bs-meta" role="status">
        {matches.length > PICKER_LIMIT
          ? tn('actorsShown', matches.length, PICKER_LIMIT)
          : tn('actorsCount', matches.length)}
      </p>
      <ul class="bs-list bs-picker-list">
        {matches.slice(0, PICKER_LIMIT).map((actor) => (
          <li key={actor.id} data-testid="actor-item">
            <button
              type="button"
              class="bs-link"
              aria-current={actor.id === selectedId}
              onClick={() => onSelect(actor.id)}
            >
              <bdi>{actor.name}</bdi>
            </button>{' '}
            <ActorKindBadge kind={actor.kind} />
          </li>
        ))}
      </ul>
    </div>
  );
}
