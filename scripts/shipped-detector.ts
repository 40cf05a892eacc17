import type { Detector } from '../lib/detect/index';
import { starterActors } from '../lib/kb/starter';
import { TOPICS } from '../lib/kb/topics';
import type { Actor } from '../lib/model';
import { bundledDetector } from './bundled-detector';

/**
 * The detector as the extension ships it (bundled by esbuild), built once from the shipped knowledge
 * base and topics, with the actors by id. Shared by `detect` and `eval:links`.
 */
export async function shippedDetector(): Promise<{ detector: Detector; actorById: Map<string, Actor> }> {
  const { createDetector } = await bundledDetector();
  const actors = starterActors();
  return {
    detector: createDetector({ actors, topics: TOPICS }),
    actorById: new Map(actors.map((a) => [a.id, a])),
  };
}
