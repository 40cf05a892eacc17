import type { Alias, AliasRole } from '../../lib/model';
import { type MessageName, t } from '../i18n';

/** The message naming each alias role, in the order the form offers them. */
export const ROLE_MESSAGES: Record<AliasRole, MessageName> = {
  name: 'roleName',
  official: 'roleOfficial',
  short: 'roleShort',
  abbreviation: 'roleAbbreviation',
  native: 'roleNative',
  demonym: 'roleDemonym',
  capital: 'roleCapital',
  metonym: 'roleMetonym',
  title: 'roleTitle',
  surname: 'roleSurname',
};

/** An alias role in the interface's language. */
export function roleLabel(role: AliasRole): string {
  return ROLE_MESSAGES[role] ? t(ROLE_MESSAGES[role]) : role;
}

/** Props for {@link AliasRows}. */
export interface AliasRowsProps {
  aliases: Alias[];
  /** Takes an updater, so two edits before a re-render do not overwrite each other. */
  onChange(update: (aliases: Alias[]) => Alias[]): void;
}

/** Editable rows of alias text and role, with add and remove. */
export function AliasRows({ aliases, onChange }: AliasRowsProps) {
  const update = (index: number, change: Partial<Alias>) =>
    onChange((current) => current.map((alias, i) => (i === index ? { ...alias, ...change } : alias)));
  return (
    <fieldset class="bs-aliases">
      <legend>{t('aliases')}</legend>
      {aliases.length === 0 && <p class="bs-empty">{t('aliasesNone')}</p>}
      {aliases.map((alias, index) => (
        // Rows have no id of their own; the index is stable while a row is being edited.
        <div class="bs-alias-row" key={index} data-testid="alias-row">
          <input
            type="text"
            aria-label={t('aliasLabel', index + 1)}
            dir="auto"
            value={alias.text}
            onInput={(event) => update(index, { text: event.currentTarget.value })}
          />
          <select
            aria-label={t('aliasRoleLabel', index + 1)}
            value={alias.role}
            onChange={(event) => update(index, { role: event.currentTarget.value as AliasRole })}
          >
            {(Object.keys(ROLE_MESSAGES) as AliasRole[]).map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="bs-small-button"
            aria-label={t('aliasRemoveLabel', alias.text || String(index + 1))}
            onClick={() => onChange((current) => current.filter((_, i) => i !== index))}
          >
            {t('remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        class="bs-small-button"
        data-testid="alias-add"
        onClick={() => onChange((current) => [...current, { text: '', role: 'name' }])}
      >
        {t('aliasAdd')}
      </button>
    </fieldset>
  );
}
