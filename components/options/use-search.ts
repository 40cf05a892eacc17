import { useEffect, useState } from 'preact/hooks';
import type { SearchHit } from '../../lib/io/types';
import { t } from '../i18n';
import { message } from './error-message';
import type { OptionsServices } from './services';

/** Wait after the last keystroke before searching; short enough that answers stay under 100 ms. */
export const SEARCH_DEBOUNCE_MS = 40;
/** Hits shown at most; the list is for finding one thing, not for reading everything. */
export const SEARCH_LIMIT = 50;

/** What the search box shows: `hits` is null before the first search of a query. */
export interface SearchState {
  hits: SearchHit[] | null;
  error: string | null;
  /** The query `hits` answer, so a reader (or a test) can tell a fresh answer from the last one. */
  answered: string;
}

/**
 * Searches as the reader types. Only the answer to the latest query is shown: a slow answer to an
 * older one never overwrites it.
 */
export function useSearch(services: Pick<OptionsServices, 'search'>, query: string): SearchState {
  const [state, setState] = useState<SearchState>({ hits: null, error: null, answered: '' });
  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) {
      setState({ hits: null, error: null, answered: '' });
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      services.search(trimmed, SEARCH_LIMIT).then(
        (hits) => live && setState({ hits, error: null, answered: trimmed }),
        (error: unknown) =>
          live && setState({ hits: [], error: t('errorSearch', message(error)), answered: trimmed }),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [services, query]);
  return state;
}
