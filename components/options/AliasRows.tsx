import type { Alias, AliasRole } from '../../lib/model';

/** Alias roles in words, in the order the form offers them. */
export const ROLE_LABELS: Record<AliasRole, string> = {
  name: 'Name',
  official: 'Official name',
  short: 'Short name',
  abbreviation: 'Abbreviation',
  native: 'Native name',
  demonym: 'Demonym ("Turkish")',
  capital: 'Capital, for its government',
  metonym: 'Metonym ("the Kremlin")',
  title: 'Title ("the foreign minister")',
  surname: 'Surname alone',
};

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
      <legend>Aliases</legend>
      {aliases.length === 0 && <p class="bs-empty">No aliases: only the name is matched.</p>}
      {aliases.map((alias, index) => (
        // Rows have no id of their own; the index is stable while a row is being edited.
        <div class="bs-alias-row" key={index} data-testid="alias-row">
          <input
            type="text"
            aria-label={`Alias ${index + 1}`}
            dir="auto"
            value={alias.text}
            onInput={(event) => update(index, { text: event.currentTarget.value })}
          />
          <select
            aria-label={`Role of alias ${index + 1}`}
            value={alias.role}
            onChange={(event) => update(index, { role: event.currentTarget.value as AliasRole })}
          >
            {Object.entries(ROLE_LABELS).map(([role, label]) => (
              <option key={role} value={role}>
                {label}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="bs-small-button"
            aria-label={`Remove alias ${alias.text || index + 1}`}
            onClick={() => onChange((current) => current.filter((_, i) => i !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        class="bs-small-button"
        data-testid="alias-add"
        onClick={() => onChange((current) => [...current, { text: '', role: 'name' }])}
      >
        Add alias
      </button>
    </fieldset>
  );
}
