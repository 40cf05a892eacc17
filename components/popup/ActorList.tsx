import { useState } from 'preact/hooks';
import type { ActorSummary, PageActor } from '../../lib/messaging/contract';
import { ActorKindBadge } from '../ActorKindBadge';
import { t, tn } from '../i18n';
import { type ActorChange, LearnedControls } from './LearnedControls';
import type { LearnedActions } from './services';

/** Props for {@link ActorList}. */
export interface ActorListProps {
  /** The page's actors, with what the reader did to them applied (`withChanges`). */
  actors: PageActor[];
  /** The actions on learned actors; without them a learned actor is listed like any other. */
  learned?: LearnedActions;
  /** Told what an action did, so the rest of the popup (the note form) shows it too. */
  onChange?(change: ActorChange): void;
}

/** What the reader did to the page's actors, by id: the actor as it is now, or null when it left. */
export type ActorChanges = ReadonlyMap<string, ActorSummary | null>;

/** The changes with one more. */
export function withChange(changes: ActorChanges, change: ActorChange): ActorChanges {
  const next = new Map(changes);
  if ('goneId' in change) next.set(change.goneId, null);
  else next.set(change.actor.id, change.actor);
  return next;
}

/** The page's actors as the reader's actions left them: kept or renamed ones changed, dismissed or merged ones gone. */
export function withChanges(actors: readonly PageActor[], changes: ActorChanges): PageActor[] {
  return actors.flatMap((actor) => {
    const now = changes.get(actor.id);
    if (now === null) return [];
    return [now ? { ...actor, ...now, learned: now.learned === true } : actor];
  });
}

/**
 * The known actors on the page, as the content script found them, with how often each appears. A
 * learned actor says so and offers what can be done with it; what the reader did shows at once (the
 * popup applies `onChange`'s changes to `actors`), while the page is read again behind.
 */
export function ActorList({ actors: shown, learned, onChange }: ActorListProps) {
  const [status, setStatus] = useState('');
  const apply = (change: ActorChange) => {
    setStatus(change.message);
    onChange?.(change);
  };
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
