import type { Detector } from '../lib/detect/index';
import { TOPICS } from '../lib/kb/topics';
import type { Actor } from '../lib/model';
import { bundledDetector } from './bundled-detector';
import { packagedActors, packagedKbFiles } from './packaged-kb';

/**
 * The detector as the extension ships it (bundled by esbuild): the packaged knowledge base compiled
 * as the build compiles it (scripts/packaged-kb.ts) and loaded as the worker loads it, with the
 * topics, and the actors by id. Shared by `detect`, `eval:links` and the benchmarks.
 */
export async function shippedDetector(): Promise<{ detector: Detector; actorById: Map<string, Actor> }> {
  const { createDetector, packagedBase } = await bundledDetector();
  const actors = packagedActors();
  const { base } = packagedKbFiles(actors);
  const file = base.buffer.slice(base.byteOffset, base.byteOffset + base.byteLength) as ArrayBuffer;
  return {
    detector: createDetector({ actors: [], topics: TOPICS, base: packagedBase(file) }),
    actorById: new Map(actors.map((a) => [a.id, a])),
  };
}
