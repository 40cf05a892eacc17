import { useEffect, useState } from 'preact/hooks';
import { ACTOR_KINDS, type HighlightPrefs } from '../../lib/db/highlight-prefs';
import type { ActorKind } from '../../lib/model';
import { type MessageName, t } from '../i18n';
import { message } from './error-message';
import type { OptionsServices } from './services';

const KIND_LABELS: Record<ActorKind, MessageName> = {
  person: 'kindsPeople',
  state: 'kindsStates',
  organisation: 'kindsOrganisations',
  place: 'kindsPlaces',
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
      .then(setPrefs, (failure: unknown) => setError(t('errorLoadHighlights', message(failure))));
  }, [services]);

  async function change(next: HighlightPrefs) {
    const before = prefs;
    setError(null);
    setPrefs(next);
    try {
      setPrefs(await services.setHighlightPrefs(next));
    } catch (failure) {
      setPrefs(before);
      setError(t('errorChangeHighlights', message(failure)));
    }
  }

  if (!prefs) return error ? <p class="bs-error">{error}</p> : <p class="bs-empty">{t('loading')}</p>;
  const toggle = (kind: ActorKind, on: boolean) =>
    ACTOR_KINDS.filter((k) => (k === kind ? on : prefs.kinds.includes(k)));
  return (
    <div class="bs-highlights">
      <fieldset class="bs-fieldset">
        <legend>{t('highlightsKinds')}</legend>
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
            {t(KIND_LABELS[kind])}
          </label>
        ))}
      </fieldset>
      <p class="bs-meta">{t('highlightsPrivacy')}</p>
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
