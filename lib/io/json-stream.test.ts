import { describe, expect, test } from 'vitest';
import { linesOf, streamLines } from './json-stream';

async function lines(blob: Blob): Promise<string[]> {
  const out: string[] = [];
  for await (const batch of streamLines(blob)) out.push(...batch.lines);
  return out;
}

/**
 * CPU ms this process spends reading `chunks` as lines, given as they are, with no stream between.
 * CPU time rather than wall time: other work on the machine does not count in it.
 */
async function cpuMs(chunks: readonly Uint8Array[]): Promise<number> {
  async function* given() {
    yield* chunks;
  }
  const start = process.cpuUsage();
  for await (const _ of linesOf(given(), 0));
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
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
  // longer cost about 64 times more (48-63 measured, 10-13 s for the 8 MB line). Linear reading
  // costs about 8 times more (4-19 measured, garbage collection adds to the longer one); the bound
  // leaves room for that, and a quadratic reader lands far above it.
  test('reading one long line takes time linear in its length', async () => {
    // One line in 16 kB chunks (a browser streams a file in chunks of that order).
    const chunk = new TextEncoder().encode('y'.repeat(16 * 1024));
    const line = (mb: number) => [...Array<Uint8Array>(mb * 64).fill(chunk), new TextEncoder().encode('\n')];
    const small = line(1);
    const large = line(8);
    await cpuMs(small); // warm up
    // Runs in pairs; the best pair's ratio is the one least disturbed (by garbage collection).
    let ratio = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) ratio = Math.min(ratio, (await cpuMs(large)) / (await cpuMs(small)));
    expect(ratio).toBeLessThan(30);
  }, 60_000);
});
