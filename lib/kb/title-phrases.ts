/**
 * How the news names a state in an office title: "Turkish Foreign Minister", "Turkey's Foreign
 * Minister", "Foreign Minister of Türkiye". Keys are ISO2 codes, plus `EU` for the Union's offices.
 */
interface StateWords {
  adjectives: string[];
  /** Names used with "of" and, unless they begin with "the", with "'s". */
  names: string[];
}

export const STATE_WORDS: Record<string, StateWords> = {
  AM: { adjectives: ['Armenian'], names: ['Armenia'] },
  AR: { adjectives: ['Argentine', 'Argentinian'], names: ['Argentina'] },
  AU: { adjectives: ['Australian'], names: ['Australia'] },
  AZ: { adjectives: ['Azerbaijani', 'Azeri'], names: ['Azerbaijan'] },
  BR: { adjectives: ['Brazilian'], names: ['Brazil'] },
  CA: { adjectives: ['Canadian'], names: ['Canada'] },
  CN: { adjectives: ['Chinese'], names: ['China'] },
  DE: { adjectives: ['German'], names: ['Germany'] },
  EU: { adjectives: ['EU', 'European'], names: ['the European Union', 'the EU'] },
  FR: { adjectives: ['French'], names: ['France'] },
  GB: { adjectives: ['British', 'UK'], names: ['Britain', 'the United Kingdom', 'the UK'] },
  ID: { adjectives: ['Indonesian'], names: ['Indonesia'] },
  IN: { adjectives: ['Indian'], names: ['India'] },
  IR: { adjectives: ['Iranian'], names: ['Iran'] },
  IT: { adjectives: ['Italian'], names: ['Italy'] },
  JP: { adjectives: ['Japanese'], names: ['Japan'] },
  KR: { adjectives: ['South Korean'], names: ['South Korea'] },
  MX: { adjectives: ['Mexican'], names: ['Mexico'] },
  RU: { adjectives: ['Russian'], names: ['Russia'] },
  SA: { adjectives: ['Saudi'], names: ['Saudi Arabia'] },
  SY: { adjectives: ['Syrian'], names: ['Syria'] },
  TR: { adjectives: ['Turkish'], names: ['Turkey', 'Türkiye'] },
  UA: { adjectives: ['Ukrainian'], names: ['Ukraine'] },
  US: { adjectives: ['US', 'U.S.', 'American'], names: ['the United States', 'the US', 'America'] },
  ZA: { adjectives: ['South African'], names: ['South Africa'] },
};

/** "Foreign Minister" -> "foreign minister"; acronyms ("PM") stay as they are. */
const lowerCase = (title: string) =>
  title.replace(/\b([A-Z])([a-z])/g, (_, a: string, b: string) => a.toLowerCase() + b);

/**
 * Title phrases for an office in a state, in title case and in the lower case news also uses
 * ("Turkish foreign minister"). Empty when the state has no entry in `STATE_WORDS`.
 */
export function titlePhrases(state: string, titles: string[]): string[] {
  const words = STATE_WORDS[state];
  if (!words) return [];
  const out: string[] = [];
  for (const title of titles)
    for (const t of new Set([title, lowerCase(title)])) {
      for (const adj of words.adjectives) out.push(`${adj} ${t}`);
      for (const name of words.names) {
        if (!name.startsWith('the ')) out.push(`${name}'s ${t}`, `${name}’s ${t}`);
        out.push(`${t} of ${name}`);
      }
    }
  return out;
}
