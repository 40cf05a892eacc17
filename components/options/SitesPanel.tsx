import { useEffect, useState } from 'preact/hooks';
import type { OptionsServices, SitesState } from './services';
import { message } from './use-search';

/** The sites where Backstory is switched off, each with "Switch back on", and the global pause. */
export function SitesPanel({
  services,
}: {
  services: Pick<OptionsServices, 'sites' | 'setSiteEnabled' | 'setPaused'>;
}) {
  const [state, setState] = useState<SitesState | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    services
      .sites()
      .then(setState, (failure: unknown) => setError(`Could not load the sites. ${message(failure)}`));
  }, [services]);

  async function act(what: string, run: () => Promise<SitesState>) {
    setError(null);
    try {
      setState(await run());
    } catch (failure) {
      setError(`Could not ${what}. ${message(failure)}`);
    }
  }

  if (!state) return error ? <p class="bs-error">{error}</p> : <p class="bs-empty">Loading…</p>;
  return (
    <div class="bs-sites">
      <label class="bs-switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="options-pause"
          checked={state.paused}
          aria-checked={state.paused}
          onChange={(event) => {
            const paused = event.currentTarget.checked;
            void act('change the pause', async () => {
              await services.setPaused(paused);
              return { ...state, paused };
            });
          }}
        />
        Pause Backstory everywhere
      </label>
      {state.disabledSites.length === 0 ? (
        <p class="bs-empty">Backstory is on for every site.</p>
      ) : (
        <ul class="bs-list" data-testid="disabled-sites">
          {state.disabledSites.map((site) => (
            <li key={site} class="bs-item" data-testid="disabled-site">
              {site}
              <button
                type="button"
                class="bs-small-button"
                aria-label={`Switch back on for ${site}`}
                onClick={() => void act('switch the site back on', () => services.setSiteEnabled(site, true))}
              >
                Switch back on
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
