import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/**
 * Writes the esbuild bundle of lib/detect that scripts/bundled-detector.ts imports (same options) and
 * returns its path, for a fresh process to import (scripts/bench/cold-detector.ts).
 */
export function detectorBundleFile(): string {
  const bundle = join(mkdtempSync(join(tmpdir(), 'backstory-detect-')), 'detect.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('../../lib/detect/index.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: bundle,
    logLevel: 'warning',
  });
  return bundle;
}
