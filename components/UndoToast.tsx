import { useEffect, useRef } from 'preact/hooks';
import { t } from './i18n';

/** How long the Undo offer stays; long enough to read and reach it by keyboard. */
export const UNDO_MS = 10_000;

/** Props for {@link UndoToast}. */
export interface UndoToastProps {
  text: string;
  onUndo(): void;
  onDismiss(): void;
}

/** "Deleted X. Undo": focused when it appears so a keyboard reader can take it back at once. */
export function UndoToast({ text, onUndo, onDismiss }: UndoToastProps) {
  const button = useRef<HTMLButtonElement>(null);
  // The latest callback, so a re-render of the parent neither restarts the timer nor steals focus again.
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  useEffect(() => {
    button.current?.focus();
    const timer = setTimeout(() => dismiss.current(), UNDO_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="bs-toast" role="status" data-testid="undo-toast">
      <span>{text}</span>
      <button ref={button} type="button" class="bs-button" data-testid="undo" onClick={onUndo}>
        {t('undo')}
      </button>
      <button type="button" class="bs-small-button" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
