// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { catalogueMessages } from '../../lib/i18n/format';
import { jsonlRecords } from '../../lib/io/jsonl';
import { IMPORT_PROBLEMS } from '../../lib/io/problems';
import type { ImportProblem } from '../../lib/io/types';
import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import { useMessages } from '../i18n';
import { ImportReportView } from './ImportReportView';
import { all, report, show, useFreshRoot } from './options-test-kit';

useFreshRoot();
afterEach(() => useMessages(catalogueMessages(en), 'en'));

/** The problems lib/ reports for a JSON Lines file with a bad date and a line that is not JSON. */
async function problems(): Promise<ImportProblem[]> {
  const good = JSON.stringify({ text: 'A post', publishedAt: '2025-01-01' });
  const file = new Blob([`${good}\n${JSON.stringify({ text: 'x', publishedAt: 'soon' })}\nnot json\n`]);
  const found: ImportProblem[] = [];
  for await (const { records } of jsonlRecords(file)) {
    for (const record of records) {
      if (record.kind !== 'skip' || !record.problem) continue;
      const { position, problem, at, why } = record;
      found.push({ position, reason: problem, ...(at ? { at } : {}), ...(why ? { why } : {}) });
    }
  }
  return found;
}

const listed = () => all('import-problem').map((item) => item.textContent);

describe('the problems of an import', () => {
  it('are listed in English in the English interface', async () => {
    await show(<ImportReportView report={report({ problems: await problems() })} fileName="a.jsonl" />);
    expect(listed()).toEqual(['line 2: publishedAt is not a date', 'line 3: the line is not valid JSON']);
  });

  it('are listed in Russian in the Russian interface', async () => {
    useMessages(catalogueMessages(ru), 'ru-RU');
    await show(<ImportReportView report={report({ problems: await problems() })} fileName="a.jsonl" />);
    expect(listed()).toEqual(['строка 2: publishedAt: не дата', 'строка 3: в строке неверный JSON']);
  });

  it('a problem without words (a report written before, or by a later version) shows its own text', async () => {
    useMessages(catalogueMessages(ru), 'ru-RU');
    const old = { position: 'message 12 (id 3456)', reason: 'the date is not a date' };
    const later = {
      ...old,
      at: [{ key: 'problemAtLater', params: [] }],
      why: { why: { key: 'later', params: [] } },
    };
    await show(<ImportReportView report={report({ problems: [old, later] })} fileName="a.json" />);
    expect(listed()).toEqual([
      'message 12 (id 3456): the date is not a date',
      'message 12 (id 3456): the date is not a date',
    ]);
  });

  it.each(Object.entries(IMPORT_PROBLEMS))('%s: the English catalogue says what lib/ says', (key, text) => {
    expect(en[key as keyof typeof en]?.message).toBe(text);
  });
});
