import type { PageActor } from '../../lib/messaging/contract';
import { ActorKindBadge } from '../ActorKindBadge';

/** The known actors on the page, as the content script found them, with how often each appears. */
export function ActorList({ actors }: { actors: PageActor[] }) {
  if (actors.length === 0) return <p class="bs-empty">No known actors on this page.</p>;
  return (
    <ul class="bs-list">
      {actors.map((actor) => (
        <li key={actor.id} class="bs-item bs-actor" data-testid="page-actor" title={actor.description}>
          <span class="bs-actor-name" dir="auto">
            {actor.name}
          </span>{' '}
          <ActorKindBadge kind={actor.kind} />{' '}
          <span class="bs-meta bs-count">
            {actor.count} {actor.count === 1 ? 'mention' : 'mentions'}
          </span>
        </li>
      ))}
    </ul>
  );
}
