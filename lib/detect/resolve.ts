import type { AliasRole } from '../model';
import type { AliasEntry } from './alias-index';
import { type DocContext, type MatchContext, Veto, veto } from './cues';
import { ENTITY_TYPE_OF_KIND, type EntityType } from './types';

export type { DocContext, MatchContext } from './cues';

/** An actor as the matcher holds it. */
type ActorRef = AliasEntry['actor'];

/** A known-name match: tokens `first..last` and the readings stored for them. */
export interface KnownMatch {
  first: number;
  last: number;
  values: readonly AliasEntry[];
}

/** The chosen reading of a match. `actor` null: a name, but not of the actor the words also name. */
export interface Resolution {
  actor: ActorRef | null;
  role: AliasRole;
  type: EntityType;
  confidence: number;
  /** The context made a capital its city ("in Hanoi", "BELGRADE 1996-08-30"): a place, whatever the page. */
  venue: boolean;
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

/** Confidence of an unknown place or person ("in Hanoi" without a Hanoi actor, "Trump" after "Fred Trump"). */
const SURE_CONFIDENCE = 0.8;
/** Confidence of words that name something of unknown type ("Emirates" the airline). */
const UNSURE_CONFIDENCE = 0.4;

/** Where the match may be a capital: its state's country ("London": GB), and whether the context made it the city. */
interface CapitalReading {
  country: string;
  city: boolean;
}

function score(
  entry: AliasEntry,
  ctx: MatchContext,
  doc: DocContext,
  capital: CapitalReading | null,
): number {
  const { actor, role } = entry;
  let s = ROLE_BASE[role];
  if (capital && actor.kind === 'place') {
    // News names a capital far more often for its government than as a city ("Ankara sees…"), so the
    // city reading has to be earned (`cues.ts` rules the government out). And the city a capital
    // names is the one in its state: London, England before London, Ontario.
    if (!capital.city) s -= 0.4;
    if (actor.country !== capital.country) s -= 0.2;
  }
  if (ctx.place) {
    if (actor.kind === 'place') s += 0.3;
    if (role === 'capital') s -= 0.15;
    if (actor.kind === 'person') s -= 0.3;
  }
  if (ctx.agent) {
    if (role === 'capital') s += 0.15;
    if (actor.kind === 'place') s -= 0.2;
    else s += 0.05;
  }
  if (ctx.person) s += actor.kind === 'person' ? 0.4 : -0.3;
  if (doc.sureActors.has(actor.id)) s += 0.2;
  if (actor.country && doc.sureCountries.has(actor.country)) s += 0.1;
  return s;
}

/**
 * Picks the actor a match means. Readings the context rules out are dropped first; with several left
 * the confidence is cut by how close the runner-up came, so an undecided "Georgia" stays below
 * `CONFIDENT`. Null: the words are part of another name, for the unknown-name finder.
 */
export function resolve(
  entries: readonly AliasEntry[],
  ctx: MatchContext,
  doc: DocContext,
): Resolution | null {
  const vetoes = entries.map((e) => veto(e, ctx, doc));
  let capital: CapitalReading | null = null;
  for (let k = 0; k < entries.length && !capital; k++) {
    const e = entries[k] as AliasEntry;
    if (e.role === 'capital') capital = { country: e.actor.country ?? '', city: vetoes[k] === Veto.Place };
  }
  let best: AliasEntry | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  let ruledOut = Veto.None;
  let ruledOutEntry: AliasEntry | undefined;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k] as AliasEntry;
    const v = vetoes[k] as Veto;
    if (v !== Veto.None) {
      if (v > ruledOut) [ruledOut, ruledOutEntry] = [v, e];
      continue;
    }
    const s = score(e, ctx, doc, capital);
    if (s > bestScore) {
      if (best && best.actor.id !== e.actor.id) second = bestScore;
      best = e;
      bestScore = s;
    } else if (best && s > second && e.actor.id !== best.actor.id) second = s;
  }
  if (!best) {
    if (!ruledOutEntry || ruledOut === Veto.Name) return null;
    const sure = ruledOut !== Veto.Other;
    return {
      actor: null,
      role: ruledOutEntry.role,
      type: ruledOut === Veto.Place ? 'LOC' : ENTITY_TYPE_OF_KIND[ruledOutEntry.actor.kind],
      confidence: sure ? SURE_CONFIDENCE : UNSURE_CONFIDENCE,
      venue: capital?.city ?? false,
    };
  }
  let confidence = Math.min(0.99, Math.max(0, bestScore));
  if (second > Number.NEGATIVE_INFINITY) confidence *= Math.min(1, 0.5 + (bestScore - second) * 2);
  return {
    actor: best.actor,
    role: best.role,
    type: ENTITY_TYPE_OF_KIND[best.actor.kind],
    confidence: Math.round(confidence * 100) / 100,
    venue: capital?.city ?? false,
  };
}

/**
 * What the whole text says: the actors named without ambiguity (context for the ambiguous ones),
 * the people named in full, and the surnames that also end someone else's name.
 */
export function documentContext(
  matches: readonly KnownMatch[],
  contexts: readonly MatchContext[],
): DocContext {
  const sureActors = new Set<string>();
  const sureCountries = new Set<string>();
  const fullNamed = new Set<string>();
  const otherBearers = new Set<string>();
  matches.forEach((m, i) => {
    const ctx = contexts[i] as MatchContext;
    for (const e of m.values) {
      if (e.actor.kind !== 'person') continue;
      const v = veto(e, ctx, null);
      if (v === Veto.None && e.role !== 'surname' && e.role !== 'title') fullNamed.add(e.actor.id);
      if (v === Veto.Name && ctx.nameBefore.length > 0) otherBearers.add(e.actor.id);
    }
    const first = m.values[0];
    if (!first || !m.values.every((v) => v.actor.id === first.actor.id)) return;
    const v = veto(first, ctx, null);
    if (v === Veto.None) sureActors.add(first.actor.id);
    if ((v === Veto.None || v === Veto.Place) && first.actor.country) sureCountries.add(first.actor.country);
  });
  return { sureActors, sureCountries, fullNamed, otherBearers };
}
