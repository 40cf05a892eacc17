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
 * Which known actors pages get highlighted (issue 11): which kinds. A change is stored by the
 * background, which reads the open tabs again. Every known actor of those kinds is highlighted, and
 * all look the same, so the page learns nothing of the library (issue 14).
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
        Every known actor of these kinds is highlighted, and all look the same: the page you read can see
        which names are highlighted and how they look, so nothing there depends on your library.
      </p>
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
