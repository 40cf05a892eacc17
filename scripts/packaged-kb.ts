/**
 * The packaged knowledge base: the starter actors (lib/kb) and the converted open-data files
 * (lib/kb/world/*.json, written by scripts/kb/), compiled into the two files the extension ships:
 * `kb/base.bin` (the detector's matcher, see lib/detect/compiled-kb.ts) and `kb/actors.json` (every
 * actor with its aliases, read only when the database is seeded). Used by the build (wxt.config.ts),
 * the `detect` command and the benchmarks. `npx tsx scripts/packaged-kb.ts <dir>` writes them to a folder.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKb } from '../lib/detect/compiled-kb';
import { starterActors } from '../lib/kb/starter';
import type { Actor } from '../lib/model';

const WORLD = fileURLToPath(new URL('../lib/kb/world/', import.meta.url));

/** Every packaged actor, starter actors first; an id met twice keeps its first actor. */
export function packagedActors(): Actor[] {
  const all = [...starterActors()];
  for (const file of readdirSync(WORLD)
    .filter((f) => f.endsWith('.json'))
    .sort())
    all.push(...(JSON.parse(readFileSync(join(WORLD, file), 'utf8')) as Actor[]));
  const seen = new Set<string>();
  return all.filter((a) => !seen.has(a.id) && seen.add(a.id));
}

/** The shipped files' contents. */
export function packagedKbFiles(actors = packagedActors()): { base: Uint8Array; actors: string } {
  return { base: compileKb(actors), actors: JSON.stringify(actors) };
}

/** Writes `base.bin` and `actors.json` into `dir`; returns their paths. */
export function writePackagedKb(dir: string): { base: string; actors: string; count: number } {
  const actors = packagedActors();
  const files = packagedKbFiles(actors);
  mkdirSync(dir, { recursive: true });
  const paths = { base: join(dir, 'base.bin'), actors: join(dir, 'actors.json') };
  writeFileSync(paths.base, files.base);
  writeFileSync(paths.actors, files.actors);
  return { ...paths, count: actors.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? '.wxt/kb';
  const t = performance.now();
  const out = writePackagedKb(dir);
  console.log(`${out.count} actors -> ${out.base}, ${out.actors} (${Math.round(performance.now() - t)} ms)`);
}
