import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ActorSummary } from '../../lib/messaging/contract';
import { t } from '../i18n';

/** Props for {@link RenameForm}. */
export interface RenameFormProps {
  actor: ActorSummary;
  onSave(name: string, aliases: string[]): void;
  onCancel(): void;
}

/** Renames an actor and adds other names it is written as (comma-separated). */
export function RenameForm({ actor, onSave, onCancel }: RenameFormProps) {
  const first = useRef<HTMLInputElement>(null);
  // The form takes the place of the buttons: focus follows it, for the keyboard.
  useEffect(() => first.current?.focus(), []);
  const nameId = useId();
  const aliasesId = useId();
  const [name, setName] = useState(actor.name);
  const [aliases, setAliases] = useState('');
  const trimmed = name.trim();
  return (
    <form
      class="bs-learned-form"
      data-testid="popup-rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed === '') return;
        onSave(
          trimmed,
          aliases
            .split(',')
            .map((alias) => alias.trim())
            .filter((alias) => alias !== ''),
        );
      }}
    >
      <label for={nameId}>{t('actorName')}</label>
      <input
        id={nameId}
        type="text"
        dir="auto"
        ref={first}
        data-testid="popup-rename-name"
        value={name}
        required
        onInput={(event) => setName(event.currentTarget.value)}
      />
      <label for={aliasesId}>{t('renameAliases')}</label>
      <input
        id={aliasesId}
        type="text"
        dir="auto"
        data-testid="popup-rename-aliases"
        value={aliases}
        onInput={(event) => setAliases(event.currentTarget.value)}
      />
      <button type="submit" class="bs-button" data-testid="popup-rename-save" disabled={trimmed === ''}>
        {t('save')}
      </button>{' '}
      <button type="button" class="bs-small-button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}
