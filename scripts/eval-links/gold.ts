import { readFileSync } from 'node:fs';
import { type LineScore, parseGoldLine, scoreLine, summarize } from '../../lib/detect/eval/gold-links';
import type { Detector } from '../../lib/detect/index';
import type { Actor } from '../../lib/model';

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)}%`).padStart(7);

/**
 * Scores the detector on a gold file (see `lib/detect/eval/gold-links.ts`) and prints the scores per
 * language and overall. Bad lines are reported on stderr and skipped. False when any line was bad or
 * the file could not be read.
 */
export function goldReport(
  shipped: { detector: Detector; actorById: Map<string, Actor> },
  file: string,
  options: { json: boolean; verbose: boolean },
): boolean {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`eval:links: ${file}: ${e instanceof Error ? e.message : e}`);
    return false;
  }
  const scored: { lang: string; score: LineScore; line: number; text: string }[] = [];
  let bad = 0;
  source.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      const line = parseGoldLine(raw);
      const { mentions } = shipped.detector.detect(line.text);
      const score = scoreLine(line, mentions, (id) => shipped.actorById.get(id));
      scored.push({ lang: line.lang, score, line: i + 1, text: line.text });
    } catch (e) {
      bad++;
      console.error(`eval:links: ${file}:${i + 1}: ${e instanceof Error ? e.message : e}`);
    }
  });
  const scores = summarize(scored);
  // Targets the knowledge base has no actor for: recall cannot reach them whatever the detector does.
  const names = new Set([...shipped.actorById.values()].map((a) => a.name.normalize('NFC').toLowerCase()));
  const unknownTargets = [
    ...new Set(
      scored.flatMap((s) =>
        s.score.missed
          .map((m) => m.target)
          .filter((t) => !t.startsWith('state:') && !names.has(t.normalize('NFC').toLowerCase())),
      ),
    ),
  ];
  if (options.json) {
    const lines = options.verbose
      ? scored.map((s) => ({ line: s.line, missed: s.score.missed, wrong: s.score.wrongLinks }))
      : undefined;
    console.log(
      JSON.stringify({ file, lines: scored.length, badLines: bad, scores, unknownTargets, detail: lines }),
    );
    return bad === 0;
  }
  console.log(`${scored.length} lines in ${file}${bad ? ` (${bad} bad lines skipped)` : ''}`);
  console.log(
    `${'lang'.padEnd(9)}${'gold'.padStart(6)}${'found'.padStart(7)} recall${'right'.padStart(7)}${'wrong'.padStart(7)}  prec.     F1`,
  );
  for (const [lang, s] of Object.entries(scores)) {
    const cells = [s.gold, s.found].map((n, j) => String(n).padStart(j ? 7 : 6)).join('');
    const counts = [s.right, s.wrong].map((n) => String(n).padStart(7)).join('');
    console.log(`${lang.padEnd(9)}${cells}${pct(s.recall)}${counts}${pct(s.precision)}${pct(s.f1)}`);
  }
  if (unknownTargets.length > 0) {
    console.log(
      `gold targets with no actor of that name in the knowledge base: ${unknownTargets.join(', ')}`,
    );
  }
  if (options.verbose) {
    for (const s of scored) {
      if (s.score.missed.length === 0 && s.score.wrongLinks.length === 0) continue;
      console.log(`\n${file}:${s.line} [${s.lang}] ${s.text}`);
      for (const m of s.score.missed) console.log(`  missed ${m.surface} -> ${m.target}`);
      for (const w of s.score.wrongLinks) console.log(`  wrong  ${w.surface} -> ${w.actorId}`);
    }
  }
  return bad === 0;
}
