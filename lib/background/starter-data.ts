import type { StarterData } from '../db/seed';
import { SAMPLE_ANALYSES } from '../kb/samples';
import { STARTER_KB_VERSION } from '../kb/starter';
import { TOPICS } from '../kb/topics';
import type { Actor } from '../model';

/**
 * Everything a new profile starts with: the packaged actors (read from the extension's
 * `kb/actors.json`, never bundled into the worker), the topics and the samples. Bump
 * STARTER_KB_VERSION to reseed existing profiles.
 */
export function starterData(actors: readonly Actor[]): StarterData {
  return { version: STARTER_KB_VERSION, actors, topics: TOPICS, samples: SAMPLE_ANALYSES };
}
