import type { AnalysisDraft } from '../db/analyses';
import { hash } from '../hash';
import type { Analysis } from '../model';
import { pageKey } from '../page-url';
import { streamLines } from './json-stream';
import { type Words, words } from './problems';
import { type ImportRecord, invalid, type RecordBatch } from './records';
import { AnalysisSchema, validate } from './schemas';
import { titleOf } from './telegram-text';

/**
 * Turns one JSON object into an analysis draft. Only `publishedAt` and `text` are required; an id is
 * derived from the URL (or the text) when missing, so importing the same lines twice adds nothing.
 */
export function analysisRecord(input: unknown, position: string, at?: Words[]): ImportRecord {
  const result = validate(AnalysisSchema, input);
  if (!result.ok) return invalid(position, result.problem, at);
  const { id, title, ...rest } = result.value;
  const draft: AnalysisDraft = {
    ...rest,
    // The id hashes the address as written (ids of earlier imports stay); the page is its `pageKey`.
    id: id ?? `import:${hash(rest.url || rest.text)}`,
    url: pageKey(rest.url),
    title: title.trim() || titleOf(rest.text),
  };
  return { kind: 'analysis', position, draft };
}

/** Streams JSON Lines of analyses (one object a line; blank lines are ignored). */
export async function* jsonlRecords(blob: Blob, signal?: AbortSignal): AsyncGenerator<RecordBatch> {
  let lineNo = 0;
  for await (const { lines, progress } of streamLines(blob, signal)) {
    const records: ImportRecord[] = [];
    for (const line of lines) {
      lineNo += 1;
      if (line.trim() === '') continue;
      const position = `line ${lineNo}`;
      const at = [words('problemAtLine', lineNo)];
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        records.push(invalid(position, words('problemLineNotJson'), at));
        continue;
      }
      records.push(analysisRecord(value, position, at));
    }
    yield { records, ...progress };
  }
}

/** One analysis as a JSON line: its own fields, not the derived index fields. */
export function analysisLine(analysis: Analysis): string {
  const { id, url, title, source, author, publishedAt, text, origin, addedAt, links, hashtags } = analysis;
  return JSON.stringify({
    id,
    url,
    title,
    source,
    author,
    publishedAt,
    text,
    origin,
    addedAt,
    links,
    hashtags,
  });
}
