import type { AliasRole } from '../model';
import type { AliasEntry } from './alias-index';
import { Tok, type Tokens } from './tokenize';
import type { ActorRef } from './types';
import { Cue, cuesOf } from './word-facts';

/** The context of one match: the words around it and the actors the rest of the text names. */
export interface MatchContext {
  /** `Cue` bits of the word before and the word after, 0 across a sentence boundary. */
  prev: number;
  next: number;
  /** The word before is a capitalised word outside any match (a first name, say). */
  prevIsName: boolean;
  /** The name carries a possessive ("Ankara's stance"): an agent, not a place. */
  possessive: boolean;
  /** Another candidate of the same match is a capital standing for its state. */
  hasCapital: boolean;
  /** Actors matched without ambiguity elsewhere in the text. */
  sureActors: ReadonlySet<string>;
  /** ISO codes of the countries those actors are or belong to. */
  sureCountries: ReadonlySet<string>;
}

/** The chosen reading of a match. */
export interface Resolution {
  actor: ActorRef;
  role: AliasRole;
  confidence: number;
}

// How firmly each kind of alias names its actor before context is taken into account.
const ROLE_BASE: Record<AliasRole, number> = {
  name: 1,
  official: 1,
  native: 0.95,
  short: 0.9,
  abbreviation: 0.9,
  metonym: 0.85,
  capital: 0.8,
  title: 0.7,
  demonym: 0.75,
  surname: 0.7,
};

function score(entry: AliasEntry, ctx: MatchContext, hasCapital: boolean): number {
  const { actor, role } = entry;
  let s = ROLE_BASE[role];
  const placeCue = (ctx.prev & Cue.PlaceBefore) !== 0 || (ctx.next & Cue.PlaceAfter) !== 0;
  const agentCue = (ctx.next & Cue.AgentAfter) !== 0 || (ctx.prev & Cue.AgentBefore) !== 0 || ctx.possessive;
  // News names a capital far more often for its government than as a city ("Ankara sees…"), so the
  // city reading has to be earned by a place cue.
  if (hasCapital && actor.kind === 'place') s -= 0.4;
  const personCue = (ctx.prev & Cue.PersonBefore) !== 0 || ctx.prevIsName;
  if (placeCue) {
    if (actor.kind === 'place') s += 0.3;
    if (role === 'capital') s -= 0.15;
    if (actor.kind === 'person') s -= 0.3;
  }
  if (agentCue) {
    if (role === 'capital') s += 0.15;
    if (actor.kind === 'place') s -= 0.2;
    else s += 0.05;
  }
  if (personCue) s += actor.kind === 'person' ? 0.4 : -0.3;
  if (ctx.sureActors.has(actor.id)) s += 0.2;
  if (actor.country && ctx.sureCountries.has(actor.country)) s += 0.1;
  return s;
}

/**
 * Picks the actor a match means. With one candidate the confidence is its score; with several it is
 * cut by how close the runner-up came, so an undecided "Georgia" stays below `CONFIDENT`.
 */
export function resolve(entries: readonly AliasEntry[], ctx: MatchContext): Resolution | null {
  let best = entries[0];
  if (!best) return null;
  // Decided here from the candidates, whatever the caller's `hasCapital` said.
  let hasCapital = false;
  for (const e of entries) if (e.role === 'capital') hasCapital = true;
  let bestScore = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    const s = score(e, ctx, hasCapital);
    if (s > bestScore) {
      if (best.actor.id !== e.actor.id) second = bestScore;
      best = e;
      bestScore = s;
    } else if (s > second && e.actor.id !== best.actor.id) second = s;
  }
  let confidence = Math.min(0.99, Math.max(0, bestScore));
  if (second > Number.NEGATIVE_INFINITY) confidence *= Math.min(1, 0.5 + (bestScore - second) * 2);
  return { actor: best.actor, role: best.role, confidence: Math.round(confidence * 100) / 100 };
}

/** The `Cue` bits of the words before and after a match spanning tokens `first..last`. */
export function contextWords(tokens: Tokens, first: number, last: number): { prev: number; next: number } {
  return {
    // A sentence boundary cuts the context: "… in. Moscow said" has no "in" before Moscow.
    prev: first > 0 && !tokens.is(first, Tok.SentenceStart) ? cuesOf(tokens.word[first - 1] as number) : 0,
    next:
      last + 1 < tokens.length && !tokens.is(last + 1, Tok.SentenceStart)
        ? cuesOf(tokens.word[last + 1] as number)
        : 0,
  };
}
