/**
 * Curated corrections and additions to the package data, by ISO2 code: names readers use that
 * neither package lists, a better display name, a demonym or capital spelled as the news spells it.
 */
export interface StateExtra {
  /** Display name instead of world-countries' common name. */
  name?: string;
  /** Extra English names (role `name`). */
  names?: string[];
  abbreviations?: string[];
  demonym?: string;
  /** More capital spellings, or seats of government, added after the package's capitals. */
  capitals?: string[];
  /** Replaces "Sovereign state" in the description. */
  status?: string;
}

export const STATE_EXTRAS: Record<string, StateExtra> = {
  AE: { abbreviations: ['UAE', 'U.A.E.'], names: ['Emirates'], demonym: 'Emirati' },
  BA: { names: ['Bosnia'] },
  CD: { names: ['DR Congo', 'Congo-Kinshasa'], abbreviations: ['DRC'] },
  CG: { names: ['Congo-Brazzaville'] },
  CI: { names: ['Ivory Coast'] },
  CN: { abbreviations: ['PRC'] },
  CZ: { names: ['Czech Republic'] },
  GB: { names: ['Britain', 'Great Britain', 'United Kingdom'], abbreviations: ['UK', 'U.K.'] },
  IR: { names: ['Islamic Republic of Iran'] },
  KP: { names: ['North Korea'], abbreviations: ['DPRK'], demonym: 'North Korean' },
  KR: { names: ['South Korea'], demonym: 'South Korean' },
  MM: { names: ['Burma'] },
  NL: { names: ['Holland'], capitals: ['The Hague'] },
  // The package's capital (Ramallah, the administrative seat) is kept; Jerusalem is disputed.
  PS: { name: 'Palestine', names: ['State of Palestine'], status: 'UN non-member observer state' },
  RU: { names: ['Russian Federation'] },
  SA: { abbreviations: ['KSA'] },
  SY: { names: ['Syrian Arab Republic'] },
  US: {
    names: ['United States', 'United States of America', 'America'],
    abbreviations: ['US', 'U.S.', 'USA', 'U.S.A.'],
    capitals: ['Washington', 'Washington, D.C.'],
  },
  VA: {
    name: 'Holy See',
    names: ['Holy See', 'Vatican', 'Vatican City'],
    status: 'UN non-member observer state (the Holy See, seat of the Catholic Church)',
  },
  VN: { names: ['Vietnam'] },
};
