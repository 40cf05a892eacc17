import type { AnalysisDraft } from '../db/analyses';
import type { Analysis } from '../model';
import { streamLines } from './json-stream';
import { type ImportRecord, invalid, type RecordBatch } from './records';
import { AnalysisSchema, validate } from './schemas';
import { titleOf } from './telegram-text';

/**
 * Turns one JSON object into an analysis draft. Only `publishedAt` and `text` are required; an id is
 * derived from the URL (or the text) when missing, so importing the same lines twice adds nothing.
 */
export function analysisRecord(input: unknown, position: string): ImportRecord {
  const result = validate(AnalysisSchema, input);
  if (!result.ok) return invalid(position, result.reason);
  const { id, title, ...rest } = result.value;
  const draft: AnalysisDraft = {
    ...rest,
    id: id ?? `import:${hash(rest.url || rest.text)}`,
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
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        records.push(invalid(position, 'the line is not valid JSON'));
        continue;
      }
      records.push(analysisRecord(value, position));
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

/** cyrb53: a fast 53-bit string hash, in base 36: stable ids for records that come without one. */
export function hash(input: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
