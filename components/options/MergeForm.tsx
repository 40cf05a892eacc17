import { useId, useState } from 'preact/hooks';
import type { Actor } from '../../lib/model';
import { message } from './use-search';

/** Props for {@link MergeForm}. */
export interface MergeFormProps {
  /** The actor that goes away; its aliases, mentions and notes move to the one picked. */
  from: Actor;
  actors: Actor[];
  onMerge(fromId: string, intoId: string): Promise<void>;
}

/** Merges a duplicate into another actor, after the reader confirms. */
export function MergeForm({ from, actors, onMerge }: MergeFormProps) {
  const [into, setInto] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  const target = actors.find((actor) => actor.id === into);

  async function merge() {
    setError(null);
    try {
      await onMerge(from.id, into);
    } catch (failure) {
      setError(`Could not merge. ${message(failure)}`);
    }
    setConfirming(false);
  }

  return (
    <div class="bs-merge">
      <label for={selectId}>Merge {from.name} into</label>
      <select
        id={selectId}
        data-testid="merge-target"
        value={into}
        onChange={(event) => {
          setInto(event.currentTarget.value);
          setConfirming(false);
        }}
      >
        <option value="">Choose an actor…</option>
        {actors
          .filter((actor) => actor.id !== from.id)
          .map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name} ({actor.id})
            </option>
          ))}
      </select>
      {!confirming ? (
        <button
          type="button"
          class="bs-small-button"
          data-testid="merge"
          disabled={!target}
          onClick={() => setConfirming(true)}
        >
          Merge…
        </button>
      ) : (
        <p class="bs-confirm" role="alert">
          {from.name} will become an alias of {target?.name}; its analyses and notes go with it.{' '}
          <button type="button" class="bs-button" data-testid="merge-confirm" onClick={() => void merge()}>
            Merge
          </button>{' '}
          <button type="button" class="bs-small-button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </p>
      )}
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
