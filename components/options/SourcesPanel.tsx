import { useEffect, useState } from 'preact/hooks';
import type { Source } from '../../lib/sources/model';
import { message } from './use-search';

/** A source with whether the browser lets Backstory read its host (a restored one may not, yet). */
export type SourceRow = Source & { allowed: boolean };

/** What the sources panel needs; `entrypoints/options/wire.ts` connects it, tests pass fakes. */
export interface SourcesServices {
  list(): Promise<SourceRow[]>;
  /** Asks for the source's host permission (on the reader's click), then adds it. */
  add(input: string): Promise<Source>;
  /** Asks for a stored source's host permission (on the reader's click), then checks it. */
  allow(source: Pick<Source, 'id' | 'url'>): Promise<void>;
  refresh(id: string): Promise<void>;
  setPaused(id: string, paused: boolean): Promise<void>;
  remove(id: string, withAnalyses: boolean): Promise<void>;
}

/** How often the list is read again while the page is open: checks run in the background. */
const POLL_MS = 1000;

const when = (time: number | undefined) => (time === undefined ? 'never' : new Date(time).toLocaleString());

/**
 * Feeds and public Telegram channels that fill the library by themselves (issue 15): add one by
 * address or @name, and for each its status, last and next check, items added, pause, refresh now
 * and remove (with or without its analyses). Everything from a source is rendered as text.
 */
export function SourcesPanel({ sources }: { sources: SourcesServices }) {
  const [list, setList] = useState<SourceRow[] | null>(null);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    const read = () =>
      sources.list().then(
        (rows) => !stopped && setList(rows.sort((a, b) => a.addedAt - b.addedAt)),
        (failure: unknown) => !stopped && setError(`Could not read the sources. ${message(failure)}`),
      );
    void read();
    const timer = setInterval(read, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [sources]);

  async function act(what: string, run: () => Promise<unknown>) {
    setError(null);
    try {
      await run();
      setList(await sources.list());
    } catch (failure) {
      setError(`Could not ${what}. ${message(failure)}`);
    }
  }

  return (
    <div class="bs-sources">
      <form
        class="bs-row"
        onSubmit={(event) => {
          event.preventDefault();
          // No await before `add`: the browser grants a permission only within the click itself.
          const submitted = input;
          // Cleared only if unchanged: the reader may have typed the next address meanwhile.
          void act('add the source', () =>
            sources.add(submitted).then(() => setInput((now) => (now === submitted ? '' : now))),
          );
        }}
      >
        <input
          type="text"
          data-testid="source-url"
          aria-label="Feed address, t.me link or @channel"
          placeholder="https://example.org/feed.xml, a site's address, t.me/channel or @channel"
          value={input}
          onInput={(event) => setInput(event.currentTarget.value)}
        />
        <button type="submit" data-testid="source-add" disabled={input.trim() === ''}>
          Add source
        </button>
      </form>
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
      {list === null ? (
        <p class="bs-empty">Loading…</p>
      ) : list.length === 0 ? (
        <p class="bs-empty">
          No sources yet: new analyses arrive by themselves from the feeds and channels you add.
        </p>
      ) : (
        <ul class="bs-list">
          {list.map((source) => (
            <li
              key={source.id}
              class="bs-item"
              data-testid="source"
              data-status={source.status}
              data-added={source.added}
              data-source-url={source.url}
            >
              <strong>{source.name}</strong> <span class="bs-meta">{source.url}</span>
              <p class="bs-meta" data-testid="source-state">
                {source.paused ? 'Paused. ' : ''}
                {source.status === 'checking'
                  ? `Checking${source.progress ? ` (${source.progress.done} of ${source.progress.total ?? '?'})` : ''}…`
                  : source.status === 'error'
                    ? `Error: ${source.error ?? 'unknown'}.`
                    : 'OK.'}{' '}
                {source.added} added. Last check: {when(source.lastCheck)}. Next check:{' '}
                {source.paused ? 'paused' : when(source.nextCheck)}.
              </p>
              {!source.allowed && (
                <p class="bs-meta" data-testid="source-needs-access">
                  Backstory may not read {new URL(source.url).host} yet (a source restored from a backup asks
                  again).{' '}
                  <button
                    type="button"
                    class="bs-small-button"
                    data-testid="source-allow"
                    // No await before `allow`: the browser grants a permission only within the click.
                    onClick={() => void act('allow the source', () => sources.allow(source))}
                  >
                    Allow access to {new URL(source.url).host}
                  </button>
                </p>
              )}
              <div class="bs-row">
                <button
                  type="button"
                  class="bs-small-button"
                  data-testid="source-refresh"
                  onClick={() => void act('refresh the source', () => sources.refresh(source.id))}
                >
                  Refresh now
                </button>
                <button
                  type="button"
                  class="bs-small-button"
                  data-testid="source-pause"
                  onClick={() =>
                    void act('pause the source', () => sources.setPaused(source.id, !source.paused))
                  }
                >
                  {source.paused ? 'Resume' : 'Pause'}
                </button>
                <button
                  type="button"
                  class="bs-small-button"
                  data-testid="source-remove"
                  onClick={() => void act('remove the source', () => sources.remove(source.id, false))}
                >
                  Remove, keep its analyses
                </button>
                <button
                  type="button"
                  class="bs-small-button"
                  data-testid="source-remove-all"
                  onClick={() => void act('remove the source', () => sources.remove(source.id, true))}
                >
                  Remove with its analyses
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
