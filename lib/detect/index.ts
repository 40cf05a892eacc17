import { AbbreviationCheck } from './abbreviations';
import { type AliasEntry, buildAliasTrie, casesAgree } from './alias-index';
import type { DetectorInput } from './detector-input';
import { type Matcher, scanAll } from './flat-trie';
import { FuzzyIndex } from './fuzzy';
import { identifyLanguage } from './language';
import { matchContext } from './match-context';
import { documentContext, type MatchContext, resolve } from './resolve';
import { tokenizeShared } from './tokenize';
import { topicScorerFor } from './topic-scorer';
import { type Detection, type Detector, ENTITY_TYPE_OF_KIND, type EntityMention } from './types';
import { isSports, type KnownSpan, unknownNames } from './unknown-names';
import { AltKind, alternatives } from './variants';

export type { DetectorInput } from './detector-input';
export { type PackagedBase, packagedBase } from './packaged-base';
export type { Detection, Detector, EntityMention, EntityType, TopicScore } from './types';
export { CONFIDENT, ENTITY_TYPE_OF_KIND } from './types';

/** Near-miss lookups a detector keeps (a few MB at most). */
const LOOKUPS_KEPT = 20_000;

/**
 * Builds a detector for a knowledge base and a topic list. Building indexes every alias once
 * (linear in the number of aliases); `detect` is then one pass over the words of the text, the same
 * for a page and for an analysis. Rebuild when actors or topics change.
 */
export function createDetector(input: DetectorInput): Detector {
  const aliases = buildAliasTrie(input.actors);
  const topics = topicScorerFor(input.topics);
  // A learned actor (issue 12) is only the spellings the reader's library used: a near miss of one
  // is more often another person ("Timur Karalov" beside "Timur Karamov") than a misspelling of it.
  const fuzzy = new FuzzyIndex(input.actors.filter((a) => !a.learned));
  const base = input.base;
  // The packaged actors the reader edited (their own version is in `actors`), merged away or deleted.
  const hidden = new Set([...(input.hidden ?? []), ...(base ? input.actors.map((a) => a.id) : [])]);
  // What hides a packaged entry never hides the reader's own version: their entries hold their actor.
  const own = new Set<unknown>(input.actors);
  const shown = (e: AliasEntry) => hidden.size === 0 || !hidden.has(e.actor.id) || own.has(e.actor);
  const matchers: Matcher<AliasEntry>[] = base ? [base.matcher, aliases] : [aliases];
  const nearest = (key: string) => {
    const own = fuzzy.lookup(key);
    const packaged = base?.fuzzy.lookup(key);
    const hit = packaged && !hidden.has(packaged.actor.id) ? packaged : null;
    return own && (!hit || own.score <= hit.score) ? own : hit;
  };
  // A library names the same unknown people analysis after analysis: each near-miss lookup is kept
  // for the detector's life (it depends on nothing else), up to a bound that keeps memory flat.
  const looked = new Map<string, ReturnType<typeof nearest>>();
  const lookup = (key: string) => {
    let hit = looked.get(key);
    if (hit === undefined) {
      hit = nearest(key);
      if (looked.size >= LOOKUPS_KEPT) looked.clear();
      looked.set(key, hit);
    }
    return hit;
  };
  return {
    detect(text: string): Detection {
      // The tokens live only in this call (nothing below tokenizes again), so they need no copy.
      const tokens = tokenizeShared(text);
      const lang = identifyLanguage(text);
      const alt = alternatives(tokens, lang);
      tokens.alt = alt?.id ?? null;
      // A romanised Cyrillic word ("Песков" as "peskov") may only name a person: place and company
      // names are translated, not transliterated, and short Latin names are everywhere.
      const romanOk = (e: AliasEntry, first: number, last: number) => {
        if (!alt || e.actor.kind === 'person') return true;
        for (let k = first; k <= last; k++) if (alt.kind[k] === AltKind.Romanised) return false;
        return true;
      };
      const matches = scanAll(
        matchers,
        tokens,
        (e, first, last) => casesAgree(e, tokens, first) && shown(e) && romanOk(e, first, last),
      );
      // Every match's context first: the whole text's (who is named in full, who without ambiguity)
      // is read from them, then each match is resolved (resolve.ts, cues.ts).
      const contexts = matches.map((_, i) => matchContext(tokens, text, matches, i));
      const doc = documentContext(matches, contexts);
      const mentions: EntityMention[] = [];
      const spans: KnownSpan[] = [];
      const sports = isSports(tokens);
      const abbreviations = new AbbreviationCheck(text, matches);
      matches.forEach((m, i) => {
        const r = resolve(m.values, contexts[i] as MatchContext, doc);
        if (!r) return;
        const start = tokens.start[m.first] as number;
        const end = tokens.end[m.last] as number;
        if (r.role === 'abbreviation' && r.actor && !abbreviations.allows(text.slice(start, end), r.actor))
          return;
        // On a sports page a city is its club ("Leeds beat Chelsea"): left to the unknown names,
        // which type it so (a state stays: its national team is the state's).
        // A dateline or a venue stays a place ("BELGRADE 1996-08-30", "London (The Oval):").
        if (sports && r.actor?.kind === 'place' && !r.venue) return;
        spans.push({ first: m.first, last: m.last, type: r.type, person: r.actor?.kind === 'person' });
        mentions.push({
          start,
          end,
          actorId: r.actor?.id ?? null,
          type: r.type,
          confidence: r.confidence,
          // A name that is not the actor's (a venue, a dateline) is unknown: no role.
          ...(r.actor ? { role: r.role } : {}),
        });
      });
      const unknown = unknownNames(tokens, text, spans);
      for (let i = 0; i < unknown.mentions.length; i++) {
        const m = unknown.mentions[i] as EntityMention;
        const hit = lookup(unknown.keys[i] ?? '');
        if (!hit) continue;
        m.actorId = hit.actor.id;
        m.type = ENTITY_TYPE_OF_KIND[hit.actor.kind];
        m.role = hit.role;
        m.confidence = Math.round((0.9 - hit.score) * 100) / 100;
      }
      const all = mentions.filter((_, i) => !unknown.replaced.has(i)).concat(unknown.mentions);
      all.sort((a, b) => a.start - b.start);
      return { mentions: all, topics: topics.score(tokens, text), ...(lang ? { lang } : {}) };
    },
  };
}
