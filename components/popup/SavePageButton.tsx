import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { type SavedPage, savePage } from './save-page';
import type { PopupServices } from './services';

/** Props for {@link SavePageButton}. */
export interface SavePageButtonProps {
  services: Pick<PopupServices, 'articleSnapshot' | 'saveAnalysis'>;
  /** Called once the page is stored, so the popup can load related context again. */
  onSaved(saved: SavedPage): void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'done'; created: boolean }
  | { kind: 'error'; error: string };

/** "Save page as analysis": stores the article and says whether it was new ("Saved") or not ("Updated"). */
export function SavePageButton({ services, onSaved }: SavePageButtonProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function save() {
    setStatus({ kind: 'saving' });
    const result = await savePage(services);
    if (!result.ok) return setStatus({ kind: 'error', error: result.error });
    setStatus({ kind: 'done', created: result.value.created });
    onSaved(result.value);
  }

  return (
    <div class="bs-save-page">
      <button
        type="button"
        class="bs-button"
        data-testid="save-page"
        disabled={status.kind === 'saving'}
        onClick={() => void save()}
      >
        {status.kind === 'saving' ? t('saving') : t('savePage')}
      </button>
      {/* A live region, so a screen reader hears the outcome of the click. */}
      <span role="status" class="bs-meta" data-testid="save-page-status">
        {status.kind === 'done' && t(status.created ? 'savePageSaved' : 'savePageUpdated')}
      </span>
      {status.kind === 'error' && (
        <p class="bs-error" role="alert">
          {status.error}
        </p>
      )}
    </div>
  );
}
