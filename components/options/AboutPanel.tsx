import { useEffect, useState } from 'preact/hooks';
import { KB_CREDITS } from '../../lib/kb/credits';
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
            ? `Adding the knowledge base to your library: ${status.done.toLocaleString()} of ${status.total.toLocaleString()} actors. Pages are read with it already.`
            : `Backstory knows ${status.actors.toLocaleString()} actors (knowledge base version ${status.version}).`}
      </p>
      <p>The knowledge base is built from open data. Thank you to its makers:</p>
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
            ({credit.licence}): {credit.what}.
          </li>
        ))}
      </ul>
      <p class="bs-meta">
        Data under the ODbL stays under the ODbL: the derived files are in the extension (kb/actors.json) and
        the scripts that build them are in Backstory’s source.
      </p>
    </div>
  );
}
