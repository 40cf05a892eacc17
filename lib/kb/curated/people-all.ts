import type { PersonRow } from '../people-data';
import { PEOPLE_AFRICA } from './people-africa';
import { PEOPLE_AMERICAS } from './people-americas';
import { PEOPLE_ARAB_WORLD } from './people-arab-world';
import { PEOPLE_ASIA_PACIFIC } from './people-asia-pacific';
import { PEOPLE_BUSINESS } from './people-business';
import { PEOPLE_CAUCASUS_CENTRAL_ASIA } from './people-caucasus-central-asia';
import { CURATED_SOURCE } from './people-common';
import { PEOPLE_EAST_ASIA } from './people-east-asia';
import { PEOPLE_EUROPE_EAST } from './people-europe-east';
import { PEOPLE_EUROPE_WEST } from './people-europe-west';
import { PEOPLE_MIDDLE_EAST } from './people-middle-east';
import { PEOPLE_RUSSIA_UKRAINE } from './people-russia-ukraine';
import { PEOPLE_SOUTH_ASIA } from './people-south-asia';
import { PEOPLE_UK_EU } from './people-uk-eu';
import { PEOPLE_US } from './people-us';
import { PEOPLE_WORLD } from './people-world';

/** The curated files by region, in the order they are merged. */
export const CURATED_PEOPLE_FILES: Record<string, PersonRow[]> = {
  us: PEOPLE_US,
  'uk-eu': PEOPLE_UK_EU,
  'europe-west': PEOPLE_EUROPE_WEST,
  'europe-east': PEOPLE_EUROPE_EAST,
  'russia-ukraine': PEOPLE_RUSSIA_UKRAINE,
  'caucasus-central-asia': PEOPLE_CAUCASUS_CENTRAL_ASIA,
  'middle-east': PEOPLE_MIDDLE_EAST,
  'arab-world': PEOPLE_ARAB_WORLD,
  'east-asia': PEOPLE_EAST_ASIA,
  'south-asia': PEOPLE_SOUTH_ASIA,
  'asia-pacific': PEOPLE_ASIA_PACIFIC,
  africa: PEOPLE_AFRICA,
  americas: PEOPLE_AMERICAS,
  world: PEOPLE_WORLD,
  business: PEOPLE_BUSINESS,
};

/**
 * Every curated person, to merge with `PEOPLE` and `PEOPLE_G20` in `people.ts` (no slug repeats
 * theirs). Every row has `asOf`; the source to record for them is `CURATED_PEOPLE_SOURCE`.
 */
export const CURATED_PEOPLE: PersonRow[] = Object.values(CURATED_PEOPLE_FILES).flat();

export const CURATED_PEOPLE_SOURCE = CURATED_SOURCE;
