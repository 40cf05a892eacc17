import type { PersonRow } from '../people-data';

/**
 * Shared pieces of the curated people files. The rows are facts (offices and their dates), curated
 * from general knowledge of public records, not copied text, and not re-checked online.
 */
export const CURATED_SOURCE =
  'Curated from general knowledge of public records (Wikipedia/Wikidata facts), not re-checked online';

/** The last date the curator is sure of for most rows; rows that record later news set their own. */
export const CURATED_AS_OF = '2025-06-01';

export const HOS = ['President'];
export const PM = ['Prime Minister', 'PM'];
export const FM = ['Foreign Minister'];
export const DEF = ['Defence Minister', 'Defense Minister'];

/** The rows with `asOf` filled in where a row does not set its own. */
export const dated = (rows: PersonRow[], asOf = CURATED_AS_OF): PersonRow[] =>
  rows.map((row) => ({ ...row, asOf: row.asOf ?? asOf }));
