import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import {
  addMentions,
  contextOf,
  emptyTally,
  ROLES,
  sampleOf,
  summarizeTally,
  type TallySummary,
  TYPES,
} from '../../lib/detect/eval/link-stats';
import type { Detector } from '../../lib/detect/index';
import { CONFIDENT } from '../../lib/detect/types';
import type { Actor } from '../../lib/model';
import { collectText } from '../../lib/page/collect';

/** Readability's extracted article in a page folder: the "where is the article text" oracle. */
const ARTICLE = 'expected.html';

/** A confident link, located for the audit sample. */
interface Link {
  page: string;
  start: number;
  end: number;
  text: string;
  context: string;
  type: string;
  role: string;
  confidence: number;
  actorId: string;
}

/**
 * The article's text as the content script would collect it from the page (blocks apart, code,
 * forms and navigation left out), parsed by happy-dom with scripts, style sheets and frames off.
 */
export function articleText(html: string): string {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    window.document.body.innerHTML = html;
    return collectText(window.document.body as unknown as Element).text;
  } finally {
    void window.happyDOM.close();
  }
}

/**
 * Detects on every page folder's article under `dir` and prints the share of confident mentions
 * linked, per type and per alias role; with `sample`, writes a seeded sample of the links for a human
 * audit. False when a page could not be read or the sample not written.
 */
export function pagesReport(
  shipped: { detector: Detector; actorById: Map<string, Actor> },
  dir: string,
  options: { json: boolean; sample?: { n: number; seed: number; out: string } },
): boolean {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((d) => existsSync(join(dir, d.name, ARTICLE)))
      .map((d) => d.name)
      .sort();
  } catch (e) {
    console.error(`eval:links: ${dir}: ${e instanceof Error ? e.message : e}`);
    return false;
  }
  if (names.length === 0) {
    console.error(`eval:links: no <name>/${ARTICLE} under ${dir}`);
    return false;
  }
  let ok = true;
  let chars = 0;
  const tally = emptyTally();
  const links: Link[] = [];
  for (const page of names) {
    let text: string;
    try {
      text = articleText(readFileSync(join(dir, page, ARTICLE), 'utf8'));
    } catch (e) {
      console.error(`eval:links: ${join(dir, page, ARTICLE)}: ${e instanceof Error ? e.message : e}`);
      ok = false;
      continue;
    }
    chars += text.length;
    const { mentions } = shipped.detector.detect(text);
    addMentions(tally, mentions);
    for (const m of mentions) {
      if (m.actorId === null || m.confidence < CONFIDENT) continue;
      const { start, end, type, confidence, actorId } = m;
      const [slice, context] = [text.slice(start, end), contextOf(text, start, end)];
      links.push({ page, start, end, text: slice, context, type, role: m.role ?? '', confidence, actorId });
    }
  }

  let sampled: number | undefined;
  if (options.sample) {
    const { n, seed, out } = options.sample;
    const rows = sampleOf(links, n, seed).map((l) => {
      const actor = shipped.actorById.get(l.actorId);
      const { name = null, kind = null, description = null } = actor ?? {};
      return JSON.stringify({ ...l, name, kind, description, correct: null });
    });
    try {
      writeFileSync(out, rows.length ? `${rows.join('\n')}\n` : '');
      sampled = rows.length;
    } catch (e) {
      console.error(`eval:links: ${out}: ${e instanceof Error ? e.message : e}`);
      ok = false;
    }
  }

  const summary = { dir, pages: names.length, chars, ...summarizeTally(tally) };
  const sample = options.sample && { ...options.sample, written: sampled };
  if (options.json) console.log(JSON.stringify({ ...summary, sample }));
  else printTables(summary, sample);
  return ok;
}

function printTables(
  s: TallySummary & { dir: string; pages: number; chars: number },
  sample: { seed: number; out: string; written?: number } | undefined,
): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const cell = (x: number | string, width = 6) => String(x).padStart(width);
  console.log(
    `${s.pages} pages (${ARTICLE}) in ${s.dir}, ${s.chars.toLocaleString('en')} characters of article text`,
  );
  console.log('\nconfident mentions (demonyms left out) and the share linked to a known actor');
  for (const t of TYPES) {
    const { mentions, linked, share } = s.byType[t];
    console.log(`  ${t}  ${cell(mentions)} mentions ${cell(linked)} linked ${cell(pct(share), 7)}`);
  }
  console.log(`\nconfident links by alias role (${s.links}, demonyms included)`);
  console.log(
    `  ${'role'.padEnd(13)}${cell('links')}${cell('share', 8)}${cell('PER')}${cell('ORG')}${cell('LOC')}`,
  );
  for (const r of ROLES) {
    const { links, share, PER, ORG, LOC } = s.byRole[r];
    console.log(`  ${r.padEnd(13)}${cell(links)}${cell(pct(share), 8)}${cell(PER)}${cell(ORG)}${cell(LOC)}`);
  }
  if (sample?.written !== undefined) {
    console.log(`\n${sample.written} links sampled (seed ${sample.seed}) to ${sample.out}`);
  }
}
