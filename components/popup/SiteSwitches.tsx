import { useEffect, useRef, useState } from 'preact/hooks';
import type { Result, SiteSettings } from '../../lib/messaging/contract';
import { t } from '../i18n';
import type { PopupServices } from './services';

/** Props for {@link SiteSwitches}. */
export interface SiteSwitchesProps {
  services: Pick<PopupServices, 'siteSettings' | 'setSiteEnabled' | 'setPaused'>;
  /** The tab's URL; the site switch is only shown for web pages. */
  url: string | null;
  /** Called with the settings when they load and after a switch changed (the popup reads the page again). */
  onChanged(settings: SiteSettings): void;
}

/**
 * "On this site" and "Pause everywhere" switches. The background applies them to every open tab
 * before it answers, so they take effect at once.
 */
export function SiteSwitches({ services, url, onChanged }: SiteSwitchesProps) {
  const [settings, setSettings] = useState<SiteSettings | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Loading reports through the latest callback without reloading when the parent re-renders.
  const onChangedRef = useRef(onChanged);
  onChangedRef.current = onChanged;

  useEffect(() => {
    let live = true;
    void services.siteSettings(url ?? '').then((result) => {
      if (!live) return;
      if (!result.ok) return setError(t('errorReadSiteSettings', result.error));
      setSettings(result.value);
      onChangedRef.current(result.value);
    });
    return () => {
      live = false;
    };
  }, [services, url]);

  async function change(call: () => Promise<Result<unknown>>, next: (s: SiteSettings) => SiteSettings) {
    if (!settings) return;
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (!result.ok) return setError(t('errorChangeSetting', result.error));
    const changed = next(settings);
    setSettings(changed);
    onChanged(changed);
  }

  if (!settings) return error ? <p class="bs-error">{error}</p> : null;
  const { site, enabled, paused } = settings;
  return (
    <div class="bs-switches">
      {site && (
        <label class="bs-switch">
          <input
            type="checkbox"
            role="switch"
            data-testid="site-toggle"
            checked={enabled}
            aria-checked={enabled}
            disabled={busy}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              void change(
                () => services.setSiteEnabled(site, on),
                (s) => ({ ...s, enabled: on }),
              );
            }}
          />
          {t('switchOnThisSite')} <span class="bs-meta">({site})</span>
        </label>
      )}
      <label class="bs-switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="pause-toggle"
          checked={paused}
          aria-checked={paused}
          disabled={busy}
          onChange={(event) => {
            const pause = event.currentTarget.checked;
            void change(
              () => services.setPaused(pause),
              (s) => ({ ...s, paused: pause }),
            );
          }}
        />
        {t('switchPauseEverywhere')}
      </label>
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
