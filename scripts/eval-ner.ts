/**
 * NER evaluation on a CoNLL-2003 file: `npm run eval:ner -- <file> [--json]`.
 * Scores exact span and type for PER, LOC and ORG (MISC is not scored; demonym mentions, which CoNLL
 * calls MISC, are left out), prints throughput, and scores `compromise` the same way as reference.
 * The detector is timed as it ships: bundled by esbuild (as `bench:detect` does), not run through
 * tsx, whose module interop turns every imported binding into a getter call.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { type Doc, parseConll, round, type Scores, type Span, score } from '../lib/detect/eval/conll';
import type { EntityType } from '../lib/detect/types';
import { starterActors } from '../lib/kb/starter';
import { TOPICS } from '../lib/kb/topics';
import { bundledDetector } from './bundled-detector';
import { shippedDetector } from './shipped-detector';

function timed(
  docs: Doc[],
  run: (text: string) => Span[],
  warmUpDocs: number,
  passes: number,
): { pred: Span[][]; mbPerSecond: number } {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  // Throughput is the steady state of a long-lived worker: JIT warmed and word lists built first.
  for (const d of docs.slice(0, warmUpDocs)) run(d.text);
  let pred: Span[][] = [];
  let best = Number.POSITIVE_INFINITY;
  // The best of several passes: on a shared machine the slower ones measure the neighbours. Passes
  // go on for two seconds at least, so a busy spell of the neighbours does not cover all of them.
  const until = performance.now() + 2000;
  for (let pass = 0; pass < passes || performance.now() < until; pass++) {
    const t0 = performance.now();
    pred = docs.map((d) => run(d.text));
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { pred, mbPerSecond: round(bytes / 1e6 / best) };
}

function compromiseSpans(text: string): Span[] {
  const doc = nlp(text);
  const out: Span[] = [];
  const add = (view: { json: (options: object) => unknown }, type: EntityType) => {
    for (const m of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
      const start = m.offset.start;
      let end = start + m.offset.length;
      // compromise spans carry trailing punctuation and possessives ("Somerset,", "Clinton's").
      while (end > start && /[,;:!?"')]/.test(text.charAt(end - 1))) end--;
      if (/['’]s$/.test(text.slice(start, end))) end -= 2;
      if (text.charAt(end - 1) === '.' && !/\.\S+\.$/.test(text.slice(start, end))) end--;
      out.push({ start, end, type });
    }
  };
  add(doc.people(), 'PER');
  add(doc.places(), 'LOC');
  add(doc.organizations(), 'ORG');
  return out;
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run eval:ner -- <conll-file> [--json]');
  process.exit(2);
}
const docs = parseConll(readFileSync(file, 'utf8'));
const gold = docs.map((d) => d.gold);
// The detector as it ships: the whole packaged knowledge base (`--starter`: the 309 starter actors).
const detector = args.includes('--starter')
  ? (await bundledDetector()).createDetector({ actors: starterActors(), topics: TOPICS })
  : (await shippedDetector()).detector;
const ours = timed(
  docs,
  (text) =>
    detector
      .detect(text)
      .mentions.filter((m) => m.role !== 'demonym')
      .map(({ start, end, type }) => ({ start, end, type })),
  docs.length,
  5,
);
// compromise gets less warm-up and one pass: a pass of it takes about a hundred of ours.
const ref = timed(docs, compromiseSpans, 30, 1);
const result = {
  ...score(gold, ours.pred),
  mbPerSecond: ours.mbPerSecond,
  reference: { ...score(gold, ref.pred), mbPerSecond: ref.mbPerSecond },
};
if (args.includes('--json')) console.log(JSON.stringify(result));
else {
  const row = (name: string, s: Scores, mb: number) =>
    `${name.padEnd(12)}${(['overall', 'PER', 'LOC', 'ORG'] as const)
      .map((k) => `${k} P ${s[k].p.toFixed(3)} R ${s[k].r.toFixed(3)} F1 ${s[k].f1.toFixed(3)}`)
      .join(' | ')} | ${mb} MB/s`;
  console.log(`${docs.length} documents, ${gold.flat().length} PER/LOC/ORG entities in ${file}`);
  console.log(row('backstory', result, result.mbPerSecond));
  console.log(row('compromise', result.reference, result.reference.mbPerSecond));
}
