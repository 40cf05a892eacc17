import { useEffect, useState } from 'preact/hooks';
import { KB_CREDITS } from '../../lib/kb/credits';
import { type MessageName, t, tn } from '../i18n';
import type { KnowledgeStatus, OptionsServices } from './services';

/** What Backstory knows and where it comes from: the packaged base's size, its seeding, its sources. */
export function AboutPanel({ services }: { services: OptionsServices }) {
  const [status, setStatus] = useState<KnowledgeStatus | null>(null);
  useEffect(() => {
    let stop = false;
    const poll = async () => {
      const next = await services.knowledgeStatus().catch(() => null);
      if (stop) return;
      setStatus(next);
      // While the first seed runs, the count grows: look again in a second.
      if (next?.seeding) setTimeout(poll, 1000);
    };
    void poll();
    return () => {
      stop = true;
    };
  }, [services]);
  return (
    <div class="bs-about">
      <p data-testid="kb-status" role="status">
        {status === null
          ? ''
          : status.seeding
            ? tn('aboutSeeding', status.total, status.done)
            : tn('aboutKnows', status.actors, String(status.version))}
      </p>
      <p>{t('aboutCredits')}</p>
      <ul class="bs-list" data-testid="kb-credits">
        {KB_CREDITS.map((credit) => (
          <li key={credit.name}>
            {credit.url ? (
              <a href={credit.url} target="_blank" rel="noreferrer">
                {credit.name}
              </a>
            ) : (
              credit.name
            )}{' '}
            {t('aboutCredit', credit.licence, t(credit.what as MessageName))}
          </li>
        ))}
      </ul>
      <p class="bs-meta">{t('aboutOdbl')}</p>
    </div>
  );
}
