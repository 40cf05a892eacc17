import type { Alias } from '../model';

/**
 * Well-known metonyms: a building, street or district that the news uses for a government or an
 * organisation. Capitals come from the state data; this list adds what the packages cannot know.
 * Merged into each actor's aliases by `starterActors()`.
 */
export const METONYMS: Record<string, string[]> = {
  'state:RU': ['the Kremlin', 'Kremlin', 'Smolensk Square'],
  'state:US': [
    'the White House',
    'White House',
    'the Pentagon',
    'Pentagon',
    'Foggy Bottom',
    'State Department',
    'Capitol Hill',
    'the Oval Office',
  ],
  'state:GB': ['Downing Street', 'Whitehall', 'Number 10', 'No 10', 'No. 10', 'Foreign Office'],
  'state:FR': ['the Élysée', 'Élysée', 'Elysee', 'Élysée Palace', 'Quai d’Orsay', "Quai d'Orsay", 'Matignon'],
  'state:CN': ['Zhongnanhai'],
  'state:UA': ['Bankova'],
  'state:DE': ['the Chancellery', 'Kanzleramt', 'Bundeskanzleramt'],
  'state:TR': ['Beştepe', 'Bestepe'],
  'state:JP': ['Kasumigaseki', 'Nagatacho'],
  'state:KR': ['Blue House', 'Cheong Wa Dae'],
  'state:IN': ['South Block', 'Raisina Hill'],
  'state:IL': ['the Knesset', 'Knesset'],
  'org:eu': ['Brussels', 'Berlaymont'],
  'org:european-council': ['Justus Lipsius', 'Europa building'],
  'org:un': ['Turtle Bay', 'UN headquarters'],
  'org:nato': ['Evere'],
};

/** The metonyms of one actor as aliases (empty when it has none). */
export function metonymsOf(actorId: string): Alias[] {
  return (METONYMS[actorId] ?? []).map((text) => ({ text, role: 'metonym' }));
}
