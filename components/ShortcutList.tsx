import { useEffect, useState } from 'preact/hooks';
import type { Shortcut } from '../lib/extension/shortcuts';
import { t } from './i18n';

/** Props for {@link ShortcutList}. */
export interface ShortcutListProps {
  /** The commands as the browser has them now (`commands.getAll()`), described. */
  load(): Promise<Shortcut[]>;
  /** Where the reader changes the keys, in this browser. */
  hint: string;
}

/** Every keyboard shortcut with its keys as the browser has them set, or "not set". */
export function ShortcutList({ load, hint }: ShortcutListProps) {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load().then(setShortcuts, (e: unknown) => setError(t('errorReadShortcuts', String(e))));
  }, [load]);
  if (error) return <p class="bs-error">{error}</p>;
  if (shortcuts === null) return null;
  return (
    <>
      <table class="bs-shortcuts" data-testid="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('shortcutKeys')}</th>
            <th scope="col">{t('shortcutAction')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.name} data-testid="shortcut" data-name={shortcut.name}>
              <td>
                {shortcut.keys ? (
                  <kbd>{shortcut.keys}</kbd>
                ) : (
                  <span class="bs-meta">{t('shortcutNotSet')}</span>
                )}
              </td>
              <td>{shortcut.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="bs-meta">{hint}</p>
    </>
  );
}
