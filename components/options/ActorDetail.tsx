import { useState } from 'preact/hooks';
import type { Actor } from '../../lib/model';
import { ActorKindBadge } from '../ActorKindBadge';
import { ActorTimeline } from './ActorTimeline';
import { ROLE_LABELS } from './AliasRows';
import { MergeForm } from './MergeForm';
import type { OptionsServices } from './services';

/** Props for {@link ActorDetail}. */
export interface ActorDetailProps {
  actor: Actor;
  actors: Actor[];
  services: Pick<OptionsServices, 'timeline'>;
  version: number;
  onEdit(): void;
  onDelete(): void;
  onExport(): void;
  onMerge(fromId: string, intoId: string): Promise<void>;
  /** For a learned actor (issue 12): keep it as the reader's own, or dismiss it for good. */
  onConfirm(): void;
  onDismiss(): void;
}

/** One actor: who it is, its aliases, what can be done with it, and its timeline. */
export function ActorDetail(props: ActorDetailProps) {
  const { actor, actors, services, version, onEdit, onDelete, onExport, onMerge, onConfirm, onDismiss } =
    props;
  const [confirmDelete, setConfirmDelete] = useState(false);
  return (
    <article class="bs-actor-detail" data-testid="actor-detail" aria-label={actor.name}>
      <h3>
        <bdi>{actor.name}</bdi> <ActorKindBadge kind={actor.kind} />
      </h3>
      {actor.description && <p dir="auto">{actor.description}</p>}
      <p class="bs-meta">
        {actor.id}
        {actor.country && ` · ${actor.country}`}
        {actor.learned ? ' · learned from your library' : actor.userAdded && ' · added or edited by you'}
      </p>
      {actor.learned && (
        <p class="bs-row" data-testid="learned-actions">
          <button type="button" class="bs-button" data-testid="actor-confirm" onClick={onConfirm}>
            Keep as my actor
          </button>{' '}
          <button type="button" class="bs-small-button" data-testid="actor-dismiss" onClick={onDismiss}>
            Dismiss: not an actor
          </button>
        </p>
      )}
      {actor.aliases.length > 0 && (
        <ul class="bs-alias-list">
          {actor.aliases.map((alias) => (
            <li key={`${alias.role}:${alias.text}`}>
              <bdi>{alias.text}</bdi> <span class="bs-meta">({ROLE_LABELS[alias.role] ?? alias.role})</span>
            </li>
          ))}
        </ul>
      )}
      <div class="bs-row">
        <button type="button" class="bs-small-button" data-testid="actor-edit" onClick={onEdit}>
          Edit
        </button>
        <button type="button" class="bs-small-button" data-testid="actor-markdown" onClick={onExport}>
          Export as Markdown
        </button>
        <button
          type="button"
          class="bs-small-button"
          data-testid="actor-delete"
          onClick={() => setConfirmDelete(true)}
        >
          Delete…
        </button>
      </div>
      {confirmDelete && (
        <p class="bs-confirm" role="alert">
          Delete {actor.name}? Your notes on it are kept: they stay on the pages they were written on.{' '}
          <button
            type="button"
            class="bs-button"
            data-testid="actor-delete-confirm"
            onClick={() => {
              setConfirmDelete(false);
              onDelete();
            }}
          >
            Delete
          </button>{' '}
          <button type="button" class="bs-small-button" onClick={() => setConfirmDelete(false)}>
            Keep it
          </button>
        </p>
      )}
      <MergeForm from={actor} actors={actors} onMerge={onMerge} />
      <h4 class="bs-section-title">Timeline</h4>
      <ActorTimeline actorId={actor.id} services={services} version={version} />
    </article>
  );
}
