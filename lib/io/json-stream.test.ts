import { describe, expect, test } from 'vitest';
import { streamLines } from './json-stream';

async function lines(blob: Blob): Promise<string[]> {
  const out: string[] = [];
  for await (const batch of streamLines(blob)) out.push(...batch.lines);
  return out;
}

/** The best of a few runs, in ms: the least disturbed by other work on the machine. */
async function best(blob: Blob, runs = 3): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await lines(blob);
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

describe('streamLines', () => {
  test('ends lines at \\n and \\r\\n, also where a chunk boundary splits them', async () => {
    const long = 'x'.repeat(200_000);
    const blob = new Blob(['a\r', '\nb\n', long, `${long}\r\n`, 'é', '\nlast']);
    expect(await lines(blob)).toEqual(['a', 'b', long + long, 'é', 'last']);
  });

  test('a multi-byte character split across chunks is decoded whole', async () => {
    const bytes = new TextEncoder().encode('Łódź\nKılıçdaroğlu');
    const parts = [bytes.slice(0, 1), bytes.slice(1, 3), bytes.slice(3)];
    expect(await lines(new Blob(parts))).toEqual(['Łódź', 'Kılıçdaroğlu']);
  });

  // Issue 14, "Long JSONL lines": the remainder was re-split with every chunk, so a line 8 times
  // longer cost about 64 times more. Linear reading costs about 8 times more; the bound leaves
  // room for a busy machine, and a quadratic reader lands far above it.
  test('reading one long line takes time linear in its length', async () => {
    // In 64 kB parts, as a browser streams a file (Node streams a one-part blob as one chunk).
    const part = 'y'.repeat(64 * 1024);
    const line = (mb: number) => new Blob([...Array<string>(mb * 16).fill(part), '\n']);
    const small = line(1);
    const large = line(8);
    await best(small, 2); // warm up
    const ratio = (await best(large)) / (await best(small));
    expect(ratio).toBeLessThan(24);
  }, 60_000);
});
