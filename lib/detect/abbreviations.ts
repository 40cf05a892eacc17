import { fuzzyKey } from './fuzzy';
import type { TrieMatch } from './trie-types';
import type { ActorRef } from './types';

/**
 * Whether an abbreviation may stand for the actor it matched, judged from the whole text:
 * - the text defines it as something else ("Async Task Framework (ATF)", "Richard M. Stallman (RMS)"):
 *   the words before "(ATF)" give its letters and are not the actor's name;
 * - a converted party's abbreviation ("CSS", "DNP", a party of the Czech Republic or Montenegro) is
 *   that party only where the text names its state: thousands of parties share acronyms with
 *   technology, medicine and other parties.
 * Keeps its answers per abbreviation for one text.
 */
export class AbbreviationCheck {
  private readonly defined = new Map<string, string | null>();
  private countries: Set<string> | null = null;

  constructor(
    private readonly text: string,
    private readonly matches: readonly TrieMatch<{ actor: ActorRef }>[],
  ) {}

  allows(surface: string, actor: ActorRef): boolean {
    const meaning = this.definition(surface);
    if (meaning !== null && fold(meaning) !== fold(actor.name)) return false;
    if (actor.id.startsWith('org:party-') && actor.country) return this.namedCountries().has(actor.country);
    return true;
  }

  /** What the text spells out before "(ABBR)", when the initials of the words before it give ABBR. */
  private definition(surface: string): string | null {
    const letters = surface.replace(/[^\p{L}]/gu, '');
    const known = this.defined.get(letters);
    if (known !== undefined) return known;
    let found: string | null = null;
    const at = this.text.indexOf(`(${surface})`);
    if (at > 0 && letters.length >= 2) {
      const words = this.text
        .slice(Math.max(0, at - 200), at)
        .trim()
        .split(/\s+/);
      const phrase = words.slice(-letters.length);
      const initials = phrase.map((w) => w.charAt(0)).join('');
      if (phrase.length === letters.length && initials.toUpperCase() === letters.toUpperCase())
        found = phrase.join(' ');
    }
    this.defined.set(letters, found);
    return found;
  }

  private namedCountries(): Set<string> {
    if (this.countries === null) {
      this.countries = new Set();
      for (const m of this.matches)
        for (const v of m.values)
          if (v.actor.kind === 'state' && v.actor.country) this.countries.add(v.actor.country);
    }
    return this.countries;
  }
}

/** The detector's own folding (`fuzzyKey`), punctuation left out: "Bureau of Alcohol, Tobacco …". */
const fold = (text: string) => fuzzyKey(text.replace(/[^\p{L}\p{N}\s-]+/gu, ' '));
