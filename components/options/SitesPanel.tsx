import { useEffect, useState } from 'preact/hooks';
import { type MessageName, t } from '../i18n';
import { message } from './error-message';
import type { OptionsServices, SitesState } from './services';

/** The sites where Backstory is switched off, each with "Switch back on", and the global pause. */
export function SitesPanel({
  services,
}: {
  services: Pick<OptionsServices, 'sites' | 'setSiteEnabled' | 'setPaused'>;
}) {
  const [state, setState] = useState<SitesState | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    services.sites().then(setState, (failure: unknown) => setError(t('errorLoadSites', message(failure))));
  }, [services]);

  async function act(failure: MessageName, run: () => Promise<SitesState>) {
    setError(null);
    try {
      setState(await run());
    } catch (error) {
      setError(t(failure, message(error)));
    }
  }

  if (!state) return error ? <p class="bs-error">{error}</p> : <p class="bs-empty">{t('loading')}</p>;
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
            void act('errorChangePause', async () => {
              await services.setPaused(paused);
              return { ...state, paused };
            });
          }}
        />
        {t('sitesPause')}
      </label>
      {state.disabledSites.length === 0 ? (
        <p class="bs-empty">{t('sitesAllOn')}</p>
      ) : (
        <ul class="bs-list" data-testid="disabled-sites">
          {state.disabledSites.map((site) => (
            <li key={site} class="bs-item" data-testid="disabled-site">
              {site}
              <button
                type="button"
                class="bs-small-button"
                aria-label={t('sitesSwitchOnLabel', site)}
                onClick={() => void act('errorSwitchSiteOn', () => services.setSiteEnabled(site, true))}
              >
                {t('sitesSwitchOn')}
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
