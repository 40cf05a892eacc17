import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { compileKb } from '../detect/compiled-kb';
import { starterActors } from '../kb/starter';
import { loadPackagedBase } from './packaged-files';

const dataUrl = (bytes: Uint8Array) =>
  `data:application/octet-stream;base64,${Buffer.from(bytes).toString('base64')}`;
const file = compileKb(starterActors());

describe('loadPackagedBase', () => {
  test('inflates the gzipped file as it streams in and reads it', async () => {
    const base = await loadPackagedBase(dataUrl(gzipSync(file)));
    expect(base.size).toBe(starterActors().length);
    expect(base.actor('person:hakan-fidan')?.name).toBe('Hakan Fidan');
  });

  test('a file that is not gzipped, or is cut short, is refused (the worker then reads the library)', async () => {
    await expect(loadPackagedBase(dataUrl(file))).rejects.toThrow();
    const gz = gzipSync(file);
    await expect(loadPackagedBase(dataUrl(gz.subarray(0, gz.length >> 1)))).rejects.toThrow();
  });
});
