import { useState } from 'preact/hooks';
import { type MessageName, t } from '../i18n';
import { message } from './error-message';
import type { ExportKind, OptionsServices } from './services';

const EXPORTS: { kind: ExportKind; label: MessageName; file: string }[] = [
  { kind: 'backup', label: 'exportBackup', file: 'backstory-backup-DATE.json' },
  { kind: 'annotations', label: 'exportAnnotations', file: 'backstory-notes-DATE.jsonld' },
  { kind: 'analyses', label: 'exportAnalyses', file: 'backstory-analyses-DATE.jsonl' },
];

/** Downloads the library in each export format, named with today's date. */
export function ExportButtons({ services }: { services: Pick<OptionsServices, 'exportFile' | 'download'> }) {
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(kind: ExportKind, file: string) {
    setBusy(kind);
    setError(null);
    try {
      const blob = await services.exportFile(kind);
      services.download(blob, file.replace('DATE', new Date().toISOString().slice(0, 10)));
    } catch (failure) {
      setError(t('errorExport', message(failure)));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div class="bs-exports">
      {EXPORTS.map(({ kind, label, file }) => (
        <button
          key={kind}
          type="button"
          class="bs-button"
          data-testid={`export-${kind}`}
          disabled={busy !== null}
          onClick={() => void run(kind, file)}
        >
          {busy === kind ? t('exporting') : t(label)}
        </button>
      ))}
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
