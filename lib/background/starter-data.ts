import type { StarterData } from '../db/seed';
import { SAMPLE_ANALYSES } from '../kb/samples';
import { STARTER_KB_VERSION, starterActors } from '../kb/starter';
import { TOPICS } from '../kb/topics';

/** Everything a new profile starts with; bump STARTER_KB_VERSION to reseed existing profiles. */
export function starterData(): StarterData {
  return { version: STARTER_KB_VERSION, actors: starterActors(), topics: TOPICS, samples: SAMPLE_ANALYSES };
}
