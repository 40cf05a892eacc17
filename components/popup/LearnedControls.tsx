import { useState } from 'preact/hooks';
import type { ActorSummary, Result } from '../../lib/messaging/contract';
import { type MessageName, t } from '../i18n';
import { MergeSearch } from './MergeSearch';
import { RenameForm } from './RenameForm';
import type { LearnedActions } from './services';

/** What an action did to an actor of the list: it changed (kept, renamed), or it left the page. */
export type ActorChange = { actor: ActorSummary; message: string } | { goneId: string; message: string };

/** Props for {@link LearnedControls}. */
export interface LearnedControlsProps {
  actor: ActorSummary;
  actions: LearnedActions;
  onChange(change: ActorChange): void;
}

/**
 * A learned actor's line in the popup (issue 12): it says it was learned, and offers what the options
 * page offers: keep it as the reader's own, rename it and add aliases, merge it into another actor,
 * or dismiss it (its name is never learned again).
 */
export function LearnedControls({ actor, actions, onChange }: LearnedControlsProps) {
  const [mode, setMode] = useState<'buttons' | 'rename' | 'merge'>('buttons');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(failure: MessageName, call: Promise<Result<T>>, done: (value: T) => ActorChange) {
    setBusy(true);
    setError(null);
    const result = await call;
    setBusy(false);
    if (!result.ok) {
      setError(t(failure, result.error));
      return;
    }
    setMode('buttons');
    onChange(done(result.value));
  }

  const name = actor.name;
  return (
    <div class="bs-learned" data-testid="popup-learned">
      <p class="bs-meta" data-testid="popup-learned-note">
        {t('learnedPopupNote')}
      </p>
      {mode === 'buttons' && (
        <fieldset class="bs-learned-actions">
          <legend class="bs-visually-hidden">{t('learnedWhatToDo', name)}</legend>
          <button
            type="button"
            class="bs-small-button"
            data-testid="popup-learned-confirm"
            disabled={busy}
            onClick={() =>
              void run('errorLearnedKeep', actions.confirm(actor.id), (kept) => ({
                actor: kept,
                message: t('learnedKept', kept.name),
              }))
            }
          >
            {t('actorConfirmLearned')}
          </button>
          <button
            type="button"
            class="bs-small-button"
            data-testid="popup-learned-rename"
            disabled={busy}
            onClick={() => setMode('rename')}
          >
            {t('renameEllipsis')}
          </button>
          <button
            type="button"
            class="bs-small-button"
            data-testid="popup-learned-merge"
            disabled={busy}
            onClick={() => setMode('merge')}
          >
            {t('mergeEllipsis')}
          </button>
          <button
            type="button"
            class="bs-small-button"
            data-testid="popup-learned-dismiss"
            disabled={busy}
            onClick={() =>
              void run('errorLearnedDismiss', actions.dismiss(actor.id), () => ({
                goneId: actor.id,
                message: t('learnedDismissed', name),
              }))
            }
          >
            {t('actorDismissLearned')}
          </button>
        </fieldset>
      )}
      {mode === 'rename' && (
        <RenameForm
          actor={actor}
          onCancel={() => setMode('buttons')}
          onSave={(newName, aliases) =>
            void run('errorLearnedRename', actions.edit(actor.id, newName, aliases), (renamed) => ({
              actor: renamed,
              message: t('learnedRenamed', renamed.name),
            }))
          }
        />
      )}
      {mode === 'merge' && (
        <MergeSearch
          from={actor}
          find={actions.find}
          onCancel={() => setMode('buttons')}
          onMerge={(into) =>
            void run('errorMerge', actions.merge(actor.id, into.id), (merged) => ({
              goneId: actor.id,
              message: t('learnedMerged', name, merged.name),
            }))
          }
        />
      )}
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
