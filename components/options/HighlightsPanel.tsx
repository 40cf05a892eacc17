import { useEffect, useState } from 'preact/hooks';
import { ACTOR_KINDS, type HighlightPrefs } from '../../lib/db/highlight-prefs';
import type { ActorKind } from '../../lib/model';
import type { OptionsServices } from './services';
import { message } from './use-search';

const KIND_LABELS: Record<ActorKind, string> = {
  person: 'People',
  state: 'States',
  organisation: 'Organisations',
  place: 'Places',
};

/**
 * Which known actors pages get highlighted (issue 11): all of them, those the library has something
 * on standing out, or only those; and which kinds. A change is stored by the background, which reads
 * the open tabs again.
 */
export function HighlightsPanel({
  services,
}: {
  services: Pick<OptionsServices, 'highlightPrefs' | 'setHighlightPrefs'>;
}) {
  const [prefs, setPrefs] = useState<HighlightPrefs | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    services
      .highlightPrefs()
      .then(setPrefs, (failure: unknown) =>
        setError(`Could not load the highlight settings. ${message(failure)}`),
      );
  }, [services]);

  async function change(next: HighlightPrefs) {
    const before = prefs;
    setError(null);
    setPrefs(next);
    try {
      setPrefs(await services.setHighlightPrefs(next));
    } catch (failure) {
      setPrefs(before);
      setError(`Could not change the highlights. ${message(failure)}`);
    }
  }

  if (!prefs) return error ? <p class="bs-error">{error}</p> : <p class="bs-empty">Loading…</p>;
  const toggle = (kind: ActorKind, on: boolean) =>
    ACTOR_KINDS.filter((k) => (k === kind ? on : prefs.kinds.includes(k)));
  return (
    <div class="bs-highlights">
      <fieldset class="bs-fieldset">
        <legend>Highlight in pages</legend>
        <label class="bs-switch">
          <input
            type="radio"
            name="highlight-mode"
            data-testid="highlight-mode-all"
            checked={prefs.mode === 'all'}
            onChange={() => void change({ ...prefs, mode: 'all' })}
          />
          Every known actor; those your library has analyses or notes on stand out
        </label>
        <label class="bs-switch">
          <input
            type="radio"
            name="highlight-mode"
            data-testid="highlight-mode-library"
            checked={prefs.mode === 'library'}
            onChange={() => void change({ ...prefs, mode: 'library' })}
          />
          Only actors your library has analyses or notes on
        </label>
      </fieldset>
      <fieldset class="bs-fieldset">
        <legend>Kinds of actor highlighted</legend>
        {ACTOR_KINDS.map((kind) => (
          <label key={kind} class="bs-switch">
            <input
              type="checkbox"
              data-testid={`highlight-kind-${kind}`}
              checked={prefs.kinds.includes(kind)}
              onChange={(event) =>
                void change({ ...prefs, kinds: toggle(kind, event.currentTarget.checked) })
              }
            />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <p class="bs-meta">
        The page you read can see how a highlight looks, so it can tell which of the actors it names your
        library has something on.
      </p>
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
