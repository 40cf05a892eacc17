import { useState } from 'preact/hooks';
import type { ActorSummary, Result } from '../../lib/messaging/contract';
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

  async function run<T>(what: string, call: Promise<Result<T>>, done: (value: T) => ActorChange) {
    setBusy(true);
    setError(null);
    const result = await call;
    setBusy(false);
    if (!result.ok) {
      setError(`Could not ${what}. ${result.error}`);
      return;
    }
    setMode('buttons');
    onChange(done(result.value));
  }

  const name = actor.name;
  return (
    <div class="bs-learned" data-testid="popup-learned">
      <p class="bs-meta" data-testid="popup-learned-note">
        Learned from your library. Keep it, correct it, or dismiss it.
      </p>
      {mode === 'buttons' && (
        <fieldset class="bs-learned-actions">
          <legend class="bs-visually-hidden">What to do with {name}</legend>
          <button
            type="button"
            class="bs-small-button"
            data-testid="popup-learned-confirm"
            disabled={busy}
            onClick={() =>
              void run('keep it', actions.confirm(actor.id), (kept) => ({
                actor: kept,
                message: `${kept.name} is now one of your actors.`,
              }))
            }
          >
            Keep as my actor
          </button>
          <button
            type="button"
            class="bs-small-button"
            data-testid="popup-learned-rename"
            disabled={busy}
            onClick={() => setMode('rename')}
          >
            Rename…
          </button>
          <button
            type="button"
            class="bs-small-button"
            data-testid="popup-learned-merge"
            disabled={busy}
            onClick={() => setMode('merge')}
          >
            Merge…
          </button>
          <button
            type="button"
            class="bs-small-button"
            data-testid="popup-learned-dismiss"
            disabled={busy}
            onClick={() =>
              void run('dismiss it', actions.dismiss(actor.id), () => ({
                goneId: actor.id,
                message: `${name} is dismissed and will not be learned again.`,
              }))
            }
          >
            Dismiss: not an actor
          </button>
        </fieldset>
      )}
      {mode === 'rename' && (
        <RenameForm
          actor={actor}
          onCancel={() => setMode('buttons')}
          onSave={(newName, aliases) =>
            void run('rename it', actions.edit(actor.id, newName, aliases), (renamed) => ({
              actor: renamed,
              message: `Saved ${renamed.name}.`,
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
            void run('merge it', actions.merge(actor.id, into.id), (merged) => ({
              goneId: actor.id,
              message: `${name} is now a name of ${merged.name}.`,
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
