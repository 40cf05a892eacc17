// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ImportOptions, ImportReport } from '../../lib/io/types';
import { HOSTILE } from '../test-fixtures';
import { ImportForm } from './ImportForm';
import {
  all,
  click,
  fakeOptions,
  one,
  pickFile,
  report,
  settle,
  show,
  useFreshRoot,
} from './options-test-kit';

useFreshRoot();

const FILE = new File(['{"name":"Channel","messages":[]}'], 'result.json', { type: 'application/json' });

describe('ImportForm', () => {
  it('imports the picked file and reports added, skipped and each problem in plain words', async () => {
    const services = fakeOptions();
    await show(<ImportForm services={services} />);
    await pickFile(FILE);
    expect(services.importFile).toHaveBeenCalledWith(
      FILE,
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    );
    const shown = one('import-report');
    expect(shown.dataset.added).toBe('3');
    expect(shown.dataset.skipped).toBe('2');
    expect(shown.textContent).toContain('Imported result.json (Telegram export)');
    expect(one('import-summary').textContent).toBe(
      '3 analyses added, 1 updated, 0 already there, 2 records skipped.',
    );
    expect(shown.textContent).toContain('service message: 1');
    expect(all('import-problem').map((li) => li.textContent)).toEqual([
      'message 12 (id 3456): the date is not a date',
    ]);
    expect(document.activeElement).toBe(shown);
    expect(services.knowledgeChanged).toHaveBeenCalledTimes(1);
  });

  it('says how many problems are listed when there are more than the report keeps', async () => {
    const services = fakeOptions({
      importFile: vi.fn(async () => report({ skipped: 500, skippedByReason: { invalid: 500 } })),
    });
    await show(<ImportForm services={services} />);
    await pickFile(FILE);
    expect(one('import-report').textContent).toContain('The first 1 of 500 are listed.');
  });

  it('shows progress with phase and count, and Cancel aborts the import', async () => {
    let seen: ImportOptions = {};
    const services = fakeOptions({
      importFile: vi.fn(
        (_file: File, options: ImportOptions) =>
          new Promise<ImportReport>((_resolve, reject) => {
            seen = options;
            options.onProgress?.({ phase: 'writing', done: 1200, bytesRead: 40, bytesTotal: 100 });
            options.signal?.addEventListener('abort', () => reject(options.signal?.reason));
          }),
      ),
    });
    await show(<ImportForm services={services} />);
    await pickFile(FILE);
    const progress = one<HTMLProgressElement>('import-progress');
    expect([progress.value, progress.max]).toEqual([40, 100]);
    expect(one('import-running').textContent).toContain(`Saving: ${(1200).toLocaleString()} records`);
    expect(one<HTMLInputElement>('import-file').disabled).toBe(true);
    await click('import-cancel');
    expect(seen.signal?.aborted).toBe(true);
    expect(one('import-error').textContent).toBe('Import cancelled. Your library is as it was before.');
    expect(one('import-progress')).toBeNull();
    expect(services.knowledgeChanged).not.toHaveBeenCalled();
  });

  it('shows why a file could not be imported', async () => {
    const services = fakeOptions({
      importFile: vi.fn(async () => {
        throw new Error('This file is not a Telegram export.');
      }),
    });
    await show(<ImportForm services={services} />);
    await pickFile(FILE);
    await settle();
    expect(one('import-error').textContent).toBe(
      'Could not import result.json. This file is not a Telegram export.',
    );
  });

  it('shows problems from the file as text, never as markup', async () => {
    const services = fakeOptions({
      importFile: vi.fn(async () => report({ problems: [{ position: HOSTILE, reason: HOSTILE }] })),
    });
    await show(<ImportForm services={services} />);
    await pickFile(new File(['x'], HOSTILE));
    expect(one('import-report').querySelector('img')).toBeNull();
    expect(all('import-problem')[0]?.textContent).toBe(`${HOSTILE}: ${HOSTILE}`);
  });
});
