import { useId, useState } from 'preact/hooks';
import { t, tn } from '../i18n';
import { SearchHitItem } from './SearchHitItem';
import type { OptionsServices } from './services';
import { useSearch } from './use-search';

/** Fuzzy search over analyses and notes, answering as the reader types. */
export function SearchPanel({ services }: { services: Pick<OptionsServices, 'search' | 'getNote'> }) {
  const [query, setQuery] = useState('');
  const { hits, error, answered } = useSearch(services, query);
  const inputId = useId();
  return (
    <div class="bs-search">
      <label for={inputId}>{t('searchLabel')}</label>
      <input
        id={inputId}
        type="search"
        data-testid="search-input"
        value={query}
        placeholder={t('searchPlaceholder')}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      {error && <p class="bs-error">{error}</p>}
      {/* Announces the count, not the whole list, after each search. */}
      <p class="bs-meta" role="status" data-testid="search-count" data-query={answered}>
        {hits === null ? '' : hits.length === 0 ? t('searchNothing') : tn('searchFound', hits.length)}
      </p>
      {hits && hits.length > 0 && (
        <ul class="bs-list" data-testid="search-results">
          {hits.map((hit) => (
            <SearchHitItem key={`${hit.kind}:${hit.id}`} hit={hit} services={services} />
          ))}
        </ul>
      )}
    </div>
  );
}
