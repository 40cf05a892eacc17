import { useEffect, useState } from 'preact/hooks';
import type { Source } from '../../lib/sources/model';
import { formatDateTime } from '../format';
import { type MessageName, t, tn } from '../i18n';
import { libWords } from '../lib-words';
import { message } from './error-message';
import type { SourceRow, SourcesServices } from './services';

/** How often the list is read again while the page is open: checks run in the background. */
const POLL_MS = 1000;

const when = (time: number | undefined) => (time === undefined ? t('sourceNever') : formatDateTime(time));

/**
 * Why the source's last check failed, in the interface's language; a row written before the reason
 * had a message name (or with a name this version does not know) shows the English text it stored.
 */
function failureText(source: Source): string {
  return libWords(source.errorKey, source.errorParams) ?? source.error ?? t('sourceErrorUnknown');
}

/** The source's state in words: paused, checking (how far), failed (why) or OK. */
function stateText(source: Source): string {
  const status =
    source.status === 'checking'
      ? source.progress
        ? t('sourceCheckingProgress', source.progress.done, source.progress.total ?? '?')
        : t('sourceChecking')
      : source.status === 'error'
        ? t('sourceError', failureText(source))
        : t('sourceOk');
  return [
    ...(source.paused ? [t('sourcePaused')] : []),
    status,
    tn('sourceAdded', source.added),
    t('sourceLastCheck', when(source.lastCheck)),
    t('sourceNextCheck', source.paused ? t('sourceNextPaused') : when(source.nextCheck)),
  ].join(' ');
}

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
        (failure: unknown) => !stopped && setError(t('errorReadSources', message(failure))),
      );
    void read();
    const timer = setInterval(read, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [sources]);

  async function act(failure: MessageName, run: () => Promise<unknown>) {
    setError(null);
    try {
      await run();
      setList(await sources.list());
    } catch (error) {
      setError(t(failure, message(error)));
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
          void act('errorAddSource', () =>
            sources.add(submitted).then(() => setInput((now) => (now === submitted ? '' : now))),
          );
        }}
      >
        <input
          type="text"
          data-testid="source-url"
          aria-label={t('sourceInputLabel')}
          placeholder={t('sourceInputPlaceholder')}
          value={input}
          onInput={(event) => setInput(event.currentTarget.value)}
        />
        <button type="submit" data-testid="source-add" disabled={input.trim() === ''}>
          {t('sourceAdd')}
        </button>
      </form>
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
      {list === null ? (
        <p class="bs-empty">{t('loading')}</p>
      ) : list.length === 0 ? (
        <p class="bs-empty">{t('sourcesNone')}</p>
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
                {stateText(source)}
              </p>
              {!source.allowed && (
                <p class="bs-meta" data-testid="source-needs-access">
                  {t('sourceNeedsAccess', new URL(source.url).host)}{' '}
                  <button
                    type="button"
                    class="bs-small-button"
                    data-testid="source-allow"
                    // No await before `allow`: the browser grants a permission only within the click.
                    onClick={() => void act('errorAllowSource', () => sources.allow(source))}
                  >
                    {t('sourceAllow', new URL(source.url).host)}
                  </button>
                </p>
              )}
              <div class="bs-row">
                <button
                  type="button"
                  class="bs-small-button"
                  data-testid="source-refresh"
                  onClick={() => void act('errorRefreshSource', () => sources.refresh(source.id))}
                >
                  {t('sourceRefresh')}
                </button>
                <button
                  type="button"
                  class="bs-small-button"
                  data-testid="source-pause"
                  onClick={() =>
                    void act('errorPauseSource', () => sources.setPaused(source.id, !source.paused))
                  }
                >
                  {t(source.paused ? 'sourceResume' : 'sourcePause')}
                </button>
                <button
                  type="button"
                  class="bs-small-button"
                  data-testid="source-remove"
                  onClick={() => void act('errorRemoveSource', () => sources.remove(source.id, false))}
                >
                  {t('sourceRemoveKeep')}
                </button>
                <button
                  type="button"
                  class="bs-small-button"
                  data-testid="source-remove-all"
                  onClick={() => void act('errorRemoveSource', () => sources.remove(source.id, true))}
                >
                  {t('sourceRemoveAll')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
