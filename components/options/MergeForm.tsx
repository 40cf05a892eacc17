import { useId, useState } from 'preact/hooks';
import type { Actor } from '../../lib/model';
import { t } from '../i18n';
import { message } from './error-message';

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
      setError(t('errorMerge', message(failure)));
    }
    setConfirming(false);
  }

  return (
    <div class="bs-merge">
      <label for={selectId}>{t('mergeInto', from.name)}</label>
      <select
        id={selectId}
        data-testid="merge-target"
        value={into}
        onChange={(event) => {
          setInto(event.currentTarget.value);
          setConfirming(false);
        }}
      >
        <option value="">{t('mergeChoose')}</option>
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
          {t('mergeEllipsis')}
        </button>
      ) : (
        <p class="bs-confirm" role="alert">
          {t('mergeConfirm', from.name, target?.name ?? '')}{' '}
          <button type="button" class="bs-button" data-testid="merge-confirm" onClick={() => void merge()}>
            {t('merge')}
          </button>{' '}
          <button type="button" class="bs-small-button" onClick={() => setConfirming(false)}>
            {t('cancel')}
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
