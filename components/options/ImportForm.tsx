import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ImportProgress, ImportReport } from '../../lib/io/types';
import { type MessageName, t, tn } from '../i18n';
import { message } from './error-message';
import { ImportReportView } from './ImportReportView';
import type { OptionsServices } from './services';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; fileName: string; progress: ImportProgress | null }
  | { kind: 'done'; fileName: string; report: ImportReport }
  | { kind: 'failed'; text: string };

const PHASES: Record<ImportProgress['phase'], MessageName> = {
  waiting: 'importWaiting',
  reading: 'importReading',
  indexing: 'importIndexing',
  writing: 'importWriting',
  done: 'importDone',
};

/** The bar's value and maximum: bytes when known (always known for a file), else records. */
function bar(progress: ImportProgress | null): { value?: number; max?: number } {
  if (progress?.bytesTotal) return { value: progress.bytesRead ?? 0, max: progress.bytesTotal };
  if (progress?.total) return { value: progress.done, max: progress.total };
  return {}; // indeterminate
}

/** Props for {@link ImportForm}. */
export interface ImportFormProps {
  services: Pick<OptionsServices, 'importFile' | 'knowledgeChanged'>;
}

/** Imports a file picked by the reader, with a progress bar, a Cancel button and a report. */
export function ImportForm({ services }: ImportFormProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const inputId = useId();

  // Leaving the page mid-import cancels it; the library then rolls back what it wrote.
  useEffect(() => () => controller.current?.abort(), []);

  async function start(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared so picking the same file again (after fixing it) fires `change` again.
    input.value = '';
    if (!file) return;
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: 'running', fileName: file.name, progress: null });
    try {
      const result = await services.importFile(file, {
        signal: abort.signal,
        onProgress: (progress) =>
          !abort.signal.aborted && setState({ kind: 'running', fileName: file.name, progress }),
      });
      setState({ kind: 'done', fileName: file.name, report: result });
      await services.knowledgeChanged().catch(() => undefined);
    } catch (failure) {
      setState({
        kind: 'failed',
        text: abort.signal.aborted ? t('importCancelled') : t('errorImport', file.name, message(failure)),
      });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  const running = state.kind === 'running';
  return (
    <div class="bs-import">
      <label for={inputId}>{t('importLabel')}</label>
      <input
        id={inputId}
        type="file"
        data-testid="import-file"
        accept=".json,.jsonl,.ndjson,application/json"
        disabled={running}
        onChange={(event) => void start(event.currentTarget)}
      />
      {running && (
        <div class="bs-progress" data-testid="import-running">
          <progress
            data-testid="import-progress"
            aria-label={t('importingLabel', state.fileName)}
            {...bar(state.progress)}
          />
          <span class="bs-meta" role="status">
            {state.progress
              ? tn('importProgress', state.progress.done, t(PHASES[state.progress.phase]))
              : t('importStarting', t(PHASES.reading))}
          </span>
          <button
            type="button"
            class="bs-small-button"
            data-testid="import-cancel"
            onClick={() => controller.current?.abort()}
          >
            {t('cancel')}
          </button>
        </div>
      )}
      {state.kind === 'failed' && (
        <p class="bs-error" role="alert" data-testid="import-error">
          {state.text}
        </p>
      )}
      {state.kind === 'done' && <ImportReportView report={state.report} fileName={state.fileName} />}
    </div>
  );
}
