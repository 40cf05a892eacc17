import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import type * as DetectModule from '../lib/detect/index';

/**
 * The detector as it ships, bundled by esbuild into a temporary module and imported: run through tsx
 * instead, its module interop turns every imported binding into a getter call and slows the hot loops
 * by a third or more. Shared by `eval:ner` and `bench:detect`.
 */
export async function bundledDetector(): Promise<typeof DetectModule> {
  const bundle = join(mkdtempSync(join(tmpdir(), 'backstory-detect-')), 'detect.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('../lib/detect/index.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: bundle,
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(bundle).href)) as typeof DetectModule;
}
