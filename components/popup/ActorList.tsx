import { useState } from 'preact/hooks';
import type { ActorSummary, PageActor } from '../../lib/messaging/contract';
import { ActorKindBadge } from '../ActorKindBadge';
import { t, tn } from '../i18n';
import { type ActorChange, LearnedControls } from './LearnedControls';
import type { LearnedActions } from './services';

/** Props for {@link ActorList}. */
export interface ActorListProps {
  actors: PageActor[];
  /** The actions on learned actors; without them a learned actor is listed like any other. */
  learned?: LearnedActions;
}

/**
 * The known actors on the page, as the content script found them, with how often each appears. A
 * learned actor says so and offers what can be done with it; what the reader did shows at once, while
 * the page is read again behind.
 */
export function ActorList({ actors, learned }: ActorListProps) {
  const [changed, setChanged] = useState<ReadonlyMap<string, ActorSummary | null>>(new Map());
  const [status, setStatus] = useState('');
  const apply = (change: ActorChange) => {
    const next = new Map(changed);
    if ('goneId' in change) next.set(change.goneId, null);
    else next.set(change.actor.id, change.actor);
    setChanged(next);
    setStatus(change.message);
  };
  const shown = actors.flatMap((actor) => {
    const now = changed.get(actor.id);
    if (now === null) return [];
    return [now ? { ...actor, ...now, learned: now.learned === true } : actor];
  });
  return (
    <>
      {shown.length === 0 ? (
        <p class="bs-empty">{t('popupNoActors')}</p>
      ) : (
        <ul class="bs-list">
          {shown.map((actor) => (
            <li key={actor.id} class="bs-item bs-actor" data-testid="page-actor" title={actor.description}>
              <span class="bs-actor-name" dir="auto">
                {actor.name}
              </span>{' '}
              <ActorKindBadge kind={actor.kind} />{' '}
              <span class="bs-meta bs-count">{tn('mentions', actor.count)}</span>
              {actor.learned && learned && (
                <LearnedControls actor={actor} actions={learned} onChange={apply} />
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="bs-meta" role="status" data-testid="popup-actor-status">
        {status}
      </p>
    </>
  );
}
