/**
 * How many of the confident mentions on a set of pages link a known actor, per type and per alias
 * role, and a seeded random sample of the links for a human audit (`npm run eval:links -- <pages>`).
 */
import type { AliasRole } from '../../model';
import { CONFIDENT, type EntityMention, type EntityType } from '../types';

export const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC'];

/** Every alias role, in the order the report lists them. */
export const ROLES: readonly AliasRole[] = [
  'name',
  'short',
  'demonym',
  'capital',
  'metonym',
  'surname',
  'title',
  'abbreviation',
  'official',
  'native',
];

export interface LinkTally {
  /**
   * Confident mentions and how many of them link a known actor, per type. Demonym mentions
   * ("Turkish officials") are adjectives, not names, and are left out here as `eval:ner` leaves them
   * out; they are counted in `byRole`.
   */
  byType: Record<EntityType, { mentions: number; linked: number }>;
  /** Confident links per alias role and type, demonyms included. */
  byRole: Record<AliasRole, Record<EntityType, number>>;
}

export function emptyTally(): LinkTally {
  const perType = () => ({ PER: 0, ORG: 0, LOC: 0 });
  return {
    byType: {
      PER: { mentions: 0, linked: 0 },
      ORG: { mentions: 0, linked: 0 },
      LOC: { mentions: 0, linked: 0 },
    },
    byRole: Object.fromEntries(ROLES.map((r) => [r, perType()])) as LinkTally['byRole'],
  };
}

/** Adds one text's mentions to `tally` (only those at or above `CONFIDENT` count). */
export function addMentions(tally: LinkTally, mentions: readonly EntityMention[]): void {
  for (const m of mentions) {
    if (m.confidence < CONFIDENT) continue;
    if (m.actorId !== null && m.role) tally.byRole[m.role][m.type]++;
    if (m.role === 'demonym') continue;
    tally.byType[m.type].mentions++;
    if (m.actorId !== null) tally.byType[m.type].linked++;
  }
}

/** A small, fast, seeded generator (mulberry32): the same seed draws the same sample. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` items drawn without replacement (all of them when there are fewer), kept in their input
 * order so an auditor reads a page's links together.
 */
export function sampleOf<T>(items: readonly T[], n: number, seed: number): T[] {
  const random = seededRandom(seed);
  const index = items.map((_, i) => i);
  const take = Math.min(n, items.length);
  // The first `take` steps of a Fisher-Yates shuffle.
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (index.length - i));
    [index[i], index[j]] = [index[j] as number, index[i] as number];
  }
  return index
    .slice(0, take)
    .sort((a, b) => a - b)
    .map((i) => items[i] as T);
}

/**
 * About `width` characters either side of `text.slice(start, end)`, whitespace runs made one space,
 * the mention itself in ⟦ ⟧ so it stands out in a line of JSON. The cut falls at a space where one is
 * near, and an ellipsis shows there is more.
 */
export function contextOf(text: string, start: number, end: number, width = 100): string {
  let from = Math.max(0, start - width);
  let to = Math.min(text.length, end + width);
  const space = text.indexOf(' ', from);
  if (from > 0 && space >= 0 && space < start && space - from < 20) from = space + 1;
  const back = text.lastIndexOf(' ', to);
  if (to < text.length && back >= end && to - back < 20) to = back;
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return (
    (from > 0 ? '…' : '') +
    flat(text.slice(from, start)) +
    `⟦${flat(text.slice(start, end))}⟧` +
    flat(text.slice(end, to)) +
    (to < text.length ? '…' : '')
  );
}

export interface TallySummary {
  byType: Record<EntityType, { mentions: number; linked: number; share: number }>;
  byRole: Record<AliasRole, { links: number; share: number } & Record<EntityType, number>>;
  /** Confident links, demonyms included (the sum over `byRole`). */
  links: number;
}

/** The tally with shares: linked of mentions per type, and each role's share of all links. */
export function summarizeTally(tally: LinkTally): TallySummary {
  const byType = {} as TallySummary['byType'];
  for (const t of TYPES)
    byType[t] = { ...tally.byType[t], share: share(tally.byType[t].linked, tally.byType[t].mentions) };
  const totals = ROLES.map((r) => TYPES.reduce((n, t) => n + tally.byRole[r][t], 0));
  const links = totals.reduce((a, b) => a + b, 0);
  const byRole = {} as TallySummary['byRole'];
  ROLES.forEach((r, i) => {
    const total = totals[i] as number;
    byRole[r] = { links: total, share: share(total, links), ...tally.byRole[r] };
  });
  return { byType, byRole, links };
}

/** Share as a fraction rounded to three places; 0 when there is nothing to share. */
export function share(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 1000) / 1000 : 0;
}

/**
 * Precision of audited links per alias role and overall, from sample rows whose `correct` an
 * auditor set to true or false; rows still null (not yet judged) are counted apart.
 */
export function auditPrecision(
  rows: readonly { role?: unknown; correct?: unknown }[],
): Record<string, { right: number; wrong: number; precision: number }> & { unjudged: number } {
  const out: Record<string, { right: number; wrong: number; precision: number }> = {};
  let unjudged = 0;
  for (const row of rows) {
    if (typeof row.correct !== 'boolean') {
      unjudged++;
      continue;
    }
    for (const key of [String(row.role ?? 'none'), 'overall']) {
      const c = out[key] ?? { right: 0, wrong: 0, precision: 0 };
      if (row.correct) c.right++;
      else c.wrong++;
      c.precision = share(c.right, c.right + c.wrong);
      out[key] = c;
    }
  }
  return Object.assign(out, { unjudged });
}
