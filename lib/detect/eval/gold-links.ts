/**
 * Link scoring against gold sentences (`../shared/eval/links/README.md`): one JSON object a line,
 * `{"lang", "text", "gold": [[surface, target]], "neutral": [surface]}`.
 *
 * - A gold mention is the first occurrence of its surface; it is found when a confident mention that
 *   overlaps it links the target (`state:XX`: an actor of kind state with country XX; otherwise the
 *   actor's English name, compared without regard to case).
 * - Precision counts the confident linked mentions that overlap no occurrence of a neutral surface:
 *   right when they overlap a gold mention and link its target, wrong otherwise.
 */
import type { Actor } from '../../model';
import { CONFIDENT, type EntityMention } from '../types';

export interface GoldLine {
  lang: string;
  text: string;
  gold: { surface: string; target: string; start: number; end: number }[];
  /** Every occurrence of every neutral surface. */
  neutral: { start: number; end: number }[];
}

export interface LineScore {
  gold: number;
  found: number;
  right: number;
  wrong: number;
  /** Gold mentions not found. */
  missed: { surface: string; target: string }[];
  /** Links counted wrong: the mention's text and the actor it linked. */
  wrongLinks: { surface: string; actorId: string }[];
}

export interface Prf {
  gold: number;
  found: number;
  right: number;
  wrong: number;
  recall: number;
  /** Null when nothing was linked: no link, no precision to speak of. */
  precision: number | null;
  f1: number;
}

type ActorFacts = Pick<Actor, 'id' | 'name' | 'kind' | 'country'>;

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Parses and checks one line; throws an Error that says what is wrong with it. */
export function parseGoldLine(json: string): GoldLine {
  const raw = JSON.parse(json) as Record<string, unknown>;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('not a JSON object');
  const { lang, text, gold, neutral = [] } = raw;
  if (typeof lang !== 'string') throw new Error('"lang" must be a string');
  if (typeof text !== 'string') throw new Error('"text" must be a string');
  if (!Array.isArray(gold) || !gold.every((g) => isStrings(g) && g.length === 2)) {
    throw new Error('"gold" must be a list of [surface, target] pairs');
  }
  if (!isStrings(neutral)) throw new Error('"neutral" must be a list of strings');
  const line: GoldLine = { lang, text, gold: [], neutral: [] };
  for (const [surface, target] of gold as [string, string][]) {
    const start = text.indexOf(surface);
    if (!surface || start < 0) throw new Error(`gold surface "${surface}" is not in the text`);
    line.gold.push({ surface, target, start, end: start + surface.length });
  }
  for (const surface of neutral) {
    if (!surface || !text.includes(surface))
      throw new Error(`neutral surface "${surface}" is not in the text`);
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      line.neutral.push({ start: at, end: at + surface.length });
    }
  }
  return line;
}

/** True when `actor` is what `target` names: `state:XX` or an English name. */
export function linksTarget(actor: ActorFacts, target: string): boolean {
  if (target.startsWith('state:')) return actor.kind === 'state' && actor.country === target.slice(6);
  const fold = (s: string) => s.normalize('NFC').toLowerCase();
  return fold(actor.name) === fold(target);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Scores one line. `mentions` are the detector's, all of them: only confident linked ones count.
 * `actorOf` looks ids up in the knowledge base; an id it does not know links nothing.
 */
export function scoreLine(
  line: GoldLine,
  mentions: readonly EntityMention[],
  actorOf: (id: string) => ActorFacts | undefined,
): LineScore {
  const linked: { start: number; end: number; actor: ActorFacts }[] = [];
  for (const m of mentions) {
    const actor = m.actorId !== null && m.confidence >= CONFIDENT ? actorOf(m.actorId) : undefined;
    if (actor) linked.push({ start: m.start, end: m.end, actor });
  }
  const score: LineScore = {
    gold: line.gold.length,
    found: 0,
    right: 0,
    wrong: 0,
    missed: [],
    wrongLinks: [],
  };
  for (const g of line.gold) {
    if (linked.some((m) => overlaps(m, g) && linksTarget(m.actor, g.target))) score.found++;
    else score.missed.push({ surface: g.surface, target: g.target });
  }
  for (const m of linked) {
    if (line.neutral.some((n) => overlaps(m, n))) continue;
    if (line.gold.some((g) => overlaps(m, g) && linksTarget(m.actor, g.target))) score.right++;
    else {
      score.wrong++;
      score.wrongLinks.push({ surface: line.text.slice(m.start, m.end), actorId: m.actor.id });
    }
  }
  return score;
}

/**
 * Recall, precision and F1 from counts, rounded to three places. Recall of an empty gold set is 0;
 * precision without any link is null; F1 is 0 when either is 0 or null.
 */
export function prf(c: Pick<LineScore, 'gold' | 'found' | 'right' | 'wrong'>): Prf {
  const recall = c.gold ? c.found / c.gold : 0;
  const precision = c.right + c.wrong ? c.right / (c.right + c.wrong) : null;
  const f1 = precision && recall ? (2 * recall * precision) / (recall + precision) : 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    ...c,
    recall: round(recall),
    precision: precision === null ? null : round(precision),
    f1: round(f1),
  };
}

/** Per-language and overall (micro-averaged) scores, languages in order of first appearance. */
export function summarize(lines: readonly { lang: string; score: LineScore }[]): Record<string, Prf> {
  const totals = new Map<string, { gold: number; found: number; right: number; wrong: number }>();
  for (const { lang, score } of lines) {
    for (const key of [lang, 'overall']) {
      const t = totals.get(key) ?? { gold: 0, found: 0, right: 0, wrong: 0 };
      t.gold += score.gold;
      t.found += score.found;
      t.right += score.right;
      t.wrong += score.wrong;
      totals.set(key, t);
    }
  }
  // 'overall' last, whatever the first line's language.
  const out: Record<string, Prf> = {};
  for (const [key, t] of totals) if (key !== 'overall') out[key] = prf(t);
  out.overall = prf(totals.get('overall') ?? { gold: 0, found: 0, right: 0, wrong: 0 });
  return out;
}
