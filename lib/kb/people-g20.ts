import type { PersonRow } from './people-data';

/** G20 and EU office holders not already in `PEOPLE`; same caveats on `asOf`. */
// biome-ignore format: one office holder a line reads as a table.
export const PEOPLE_G20: PersonRow[] = [
];
