import { JSONParser } from '@streamparser/json';

/** One value found at a requested path, with where it sits: `['chats', 'list', 3, 'messages', 17]`. */
export interface StreamedValue {
  path: (string | number)[];
  value: unknown;
}

/** How far through the file a reader is, in bytes. */
export interface ByteProgress {
  bytesRead: number;
  bytesTotal: number;
}

/** Thrown for a file that is not valid JSON; the message is meant for the reader. */
export class UnreadableFileError extends Error {}

/** Chunks of a blob as text, without loading all of it: `Blob.stream()` works in browsers and Node 20. */
export async function* blobChunks(blob: Blob, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Streams the values at `paths` (e.g. `$.messages.*`) out of a JSON blob, a batch per chunk read, so
 * memory holds one chunk's values at a time, never the whole document (`keepStack: false` drops
 * values once emitted). Values outside the paths are parsed and dropped.
 */
export async function* streamJsonValues(
  blob: Blob,
  paths: string[],
  signal?: AbortSignal,
): AsyncGenerator<{ values: StreamedValue[]; progress: ByteProgress }> {
  const parser = new JSONParser({ paths, keepStack: false });
  let batch: StreamedValue[] = [];
  parser.onValue = ({ value, key, stack }) => {
    const path = [...stack.slice(1).map((s) => s.key), key].filter((k) => k !== undefined);
    batch.push({ path: path as (string | number)[], value });
  };
  let bytesRead = 0;
  for await (const chunk of blobChunks(blob, signal)) {
    bytesRead += chunk.byteLength;
    try {
      parser.write(chunk);
    } catch (error) {
      throw new UnreadableFileError(`The file is not valid JSON (near byte ${bytesRead}).`, { cause: error });
    }
    if (batch.length > 0) {
      yield { values: batch, progress: { bytesRead, bytesTotal: blob.size } };
      batch = [];
    }
  }
  // A document cut short (a partial download) is refused as a whole rather than half-imported.
  if (!parser.isEnded) {
    try {
      parser.end();
    } catch (error) {
      throw new UnreadableFileError('The file ends in the middle of its JSON: it may be incomplete.', {
        cause: error,
      });
    }
  }
  if (batch.length > 0) yield { values: batch, progress: { bytesRead, bytesTotal: blob.size } };
}

/** Lines of a text blob, decoded as UTF-8, streamed in batches; `\r\n` and `\n` both end a line. */
export function streamLines(
  blob: Blob,
  signal?: AbortSignal,
): AsyncGenerator<{ lines: string[]; progress: ByteProgress }> {
  return linesOf(blobChunks(blob, signal), blob.size);
}

/**
 * Lines of UTF-8 `chunks` (`total` bytes in all), a batch per chunk. Each chunk is scanned once:
 * the start of a line that spans chunks waits as a list of parts, joined when its end arrives
 * (re-splitting the growing remainder with every chunk made one long line cost quadratic time).
 */
export async function* linesOf(
  chunks: AsyncIterable<Uint8Array>,
  total: number,
): AsyncGenerator<{ lines: string[]; progress: ByteProgress }> {
  const decoder = new TextDecoder();
  let pending: string[] = [];
  let bytesRead = 0;
  for await (const chunk of chunks) {
    bytesRead += chunk.byteLength;
    const text = decoder.decode(chunk, { stream: true });
    const lines: string[] = [];
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      pending.push(text.slice(start, end));
      lines.push(stripCr(pending.join('')));
      pending = [];
      start = end + 1;
    }
    if (start < text.length) pending.push(text.slice(start));
    yield { lines, progress: { bytesRead, bytesTotal: total } };
  }
  pending.push(decoder.decode());
  const rest = pending.join('');
  if (rest !== '') yield { lines: [stripCr(rest)], progress: { bytesRead, bytesTotal: total } };
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
