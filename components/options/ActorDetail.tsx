import { useState } from 'preact/hooks';
import type { Actor } from '../../lib/model';
import { ActorKindBadge } from '../ActorKindBadge';
import { t } from '../i18n';
import { Phrase, SLOT } from '../Phrase';
import { ActorTimeline } from './ActorTimeline';
import { roleLabel } from './AliasRows';
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
        {actor.learned ? ` · ${t('actorLearned')}` : actor.userAdded && ` · ${t('actorUserAdded')}`}
      </p>
      {actor.learned && (
        <p class="bs-row" data-testid="learned-actions">
          <button type="button" class="bs-button" data-testid="actor-confirm" onClick={onConfirm}>
            {t('actorConfirmLearned')}
          </button>{' '}
          <button type="button" class="bs-small-button" data-testid="actor-dismiss" onClick={onDismiss}>
            {t('actorDismissLearned')}
          </button>
        </p>
      )}
      {actor.aliases.length > 0 && (
        <ul class="bs-alias-list">
          {actor.aliases.map((alias) => (
            <li key={`${alias.role}:${alias.text}`}>
              <bdi>{alias.text}</bdi> <span class="bs-meta">({roleLabel(alias.role)})</span>
            </li>
          ))}
        </ul>
      )}
      <div class="bs-row">
        <button type="button" class="bs-small-button" data-testid="actor-edit" onClick={onEdit}>
          {t('edit')}
        </button>
        <button type="button" class="bs-small-button" data-testid="actor-markdown" onClick={onExport}>
          {t('actorExportMarkdown')}
        </button>
        <button
          type="button"
          class="bs-small-button"
          data-testid="actor-delete"
          onClick={() => setConfirmDelete(true)}
        >
          {t('deleteEllipsis')}
        </button>
      </div>
      {confirmDelete && (
        <p class="bs-confirm" role="alert">
          <Phrase text={t('actorDeleteConfirm', SLOT[0])} parts={[<bdi key="name">{actor.name}</bdi>]} />{' '}
          <button
            type="button"
            class="bs-button"
            data-testid="actor-delete-confirm"
            onClick={() => {
              setConfirmDelete(false);
              onDelete();
            }}
          >
            {t('delete')}
          </button>{' '}
          <button type="button" class="bs-small-button" onClick={() => setConfirmDelete(false)}>
            {t('actorKeep')}
          </button>
        </p>
      )}
      <MergeForm from={actor} actors={actors} onMerge={onMerge} />
      <h4 class="bs-section-title">{t('actorTimeline')}</h4>
      <ActorTimeline actorId={actor.id} services={services} version={version} />
    </article>
  );
}
