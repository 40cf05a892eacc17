import { useId, useState } from 'preact/hooks';
import type { Actor, ActorKind } from '../../lib/model';
import { KIND_MESSAGES, kindLabel } from '../ActorKindBadge';
import { t } from '../i18n';
import { AliasRows } from './AliasRows';
import { message } from './error-message';

/** Props for {@link ActorForm}. */
export interface ActorFormProps {
  /** The actor to edit; null to add a new one. */
  actor: Actor | null;
  onSave(actor: Actor): Promise<void>;
  onCancel(): void;
}

function blank(): Actor {
  return { id: `user:${crypto.randomUUID()}`, name: '', kind: 'person', description: '', aliases: [] };
}

/** Adds or edits an actor: name, kind, one-line description, country and aliases with their roles. */
export function ActorForm({ actor, onSave, onCancel }: ActorFormProps) {
  const [draft, setDraft] = useState<Actor>(() => actor ?? blank());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = { name: useId(), kind: useId(), description: useId(), country: useId() };
  const set = (change: Partial<Actor>) => setDraft((current) => ({ ...current, ...change }));

  async function submit(event: Event) {
    event.preventDefault();
    const name = draft.name.trim();
    if (!name) return setError(t('actorNeedsName'));
    const country = draft.country?.trim().toUpperCase() ?? '';
    if (country && !/^[A-Z]{2}$/.test(country)) return setError(t('actorCountryCode'));
    const { country: _typed, ...rest } = draft;
    const cleaned: Actor = {
      ...rest,
      name,
      description: draft.description.trim(),
      aliases: draft.aliases.map((a) => ({ ...a, text: a.text.trim() })).filter((a) => a.text !== ''),
      ...(country ? { country } : {}),
      // Marks it as the reader's, so a starter-data refresh leaves it alone.
      userAdded: true,
    };
    setSaving(true);
    setError(null);
    try {
      await onSave(cleaned);
    } catch (failure) {
      setError(t('errorSaveActor', message(failure)));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="bs-form" data-testid="actor-form" onSubmit={(event) => void submit(event)}>
      <h3>{actor ? t('actorEditTitle', actor.name) : t('actorAdd')}</h3>
      <label for={ids.name}>{t('actorName')}</label>
      <input
        id={ids.name}
        type="text"
        data-testid="actor-name"
        dir="auto"
        value={draft.name}
        aria-required="true"
        onInput={(event) => set({ name: event.currentTarget.value })}
      />
      <label for={ids.kind}>{t('actorKind')}</label>
      <select
        id={ids.kind}
        data-testid="actor-kind"
        value={draft.kind}
        onChange={(event) => set({ kind: event.currentTarget.value as ActorKind })}
      >
        {(Object.keys(KIND_MESSAGES) as ActorKind[]).map((kind) => (
          <option key={kind} value={kind}>
            {kindLabel(kind)}
          </option>
        ))}
      </select>
      <label for={ids.description}>{t('actorDescription')}</label>
      <input
        id={ids.description}
        type="text"
        dir="auto"
        value={draft.description}
        onInput={(event) => set({ description: event.currentTarget.value })}
      />
      <label for={ids.country}>{t('actorCountry')}</label>
      <input
        id={ids.country}
        type="text"
        maxLength={2}
        value={draft.country ?? ''}
        onInput={(event) => set({ country: event.currentTarget.value })}
      />
      <AliasRows
        aliases={draft.aliases}
        onChange={(update) => setDraft((current) => ({ ...current, aliases: update(current.aliases) }))}
      />
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
      <div class="bs-row">
        <button type="submit" class="bs-button" data-testid="actor-save" disabled={saving}>
          {saving ? t('saving') : t('actorSave')}
        </button>
        <button type="button" class="bs-small-button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
