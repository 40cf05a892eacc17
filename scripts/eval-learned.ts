/**
 * `npm run eval:learned -- <pages dir> [--out <file>]`: the junk audit of issue 12. Builds a library
 * from every page folder under the directory (Readability's test pages: `expected.html` is the
 * article, `expected-metadata.json` its title and site), each saved as an analysis through the import
 * pipeline the extension runs (`importFile`, the shipped detector and packaged knowledge base, an
 * in-memory IndexedDB), then lists every learned actor with its kind, forms, sources and the analyses
 * that taught it, for a person to audit. `--out` writes the list as JSON Lines, one actor a line,
 * with an empty `verdict` to fill in.
 */
import 'fake-indexeddb/auto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BackstoryDB } from '../lib/db/database';
import { importFile } from '../lib/db/import';
import { learnedActors } from '../lib/db/learned-admin';
import { mentionsIn, readMentionSets } from '../lib/db/mention-sets';
import type { DetectorInput } from '../lib/detect/detector-input';
import { bundledDetector } from './bundled-detector';
import { articleText } from './eval-links/pages';
import { packagedActors, packagedKbFiles } from './packaged-kb';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' } },
});
const dir = positionals[0];
if (!dir) throw new Error('usage: npm run eval:learned -- <pages dir> [--out <file>]');

const lines: string[] = [];
for (const page of readdirSync(dir).sort()) {
  const article = join(dir, page, 'expected.html');
  if (!existsSync(article)) continue;
  const metaFile = join(dir, page, 'expected-metadata.json');
  const meta = existsSync(metaFile)
    ? (JSON.parse(readFileSync(metaFile, 'utf8')) as {
        title?: string;
        siteName?: string;
        publishedTime?: string;
      })
    : {};
  const text = articleText(readFileSync(article, 'utf8'));
  if (text.trim() === '') continue;
  const published =
    meta.publishedTime && !Number.isNaN(Date.parse(meta.publishedTime))
      ? meta.publishedTime
      : '2020-01-01T00:00:00Z';
  lines.push(
    JSON.stringify({
      id: `page:${page}`,
      url: `https://pages.test/${page}`,
      title: meta.title ?? page,
      source: meta.siteName ?? page,
      publishedAt: new Date(published).toISOString(),
      text,
    }),
  );
}

const { createDetector, packagedBase } = await bundledDetector();
const { base: file } = packagedKbFiles(packagedActors());
const base = packagedBase(
  file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
);
const db = new BackstoryDB(`eval-learned-${Date.now()}`);
let learnMs = 0;
const start = performance.now();
const report = await importFile(
  db,
  (input: DetectorInput) =>
    createDetector({ ...input, actors: input.actors.filter((a) => a.userAdded), base }),
  new Blob([`${lines.join('\n')}\n`]),
  { onLearned: (ms) => (learnMs += ms) },
);
const importMs = performance.now() - start;
const learned = await learnedActors(db);
const sets = [...(await readMentionSets(db)).values()];
const texts = new Map((await db.analyses.toArray()).map((a) => [a.id, a]));
const rows = learned.map((actor) => {
  const mentions = sets.flatMap((s) => mentionsIn(s).filter((m) => m.actorId === actor.id));
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    forms: actor.aliases.map((a) => a.text),
    sources: actor.learned?.sources ?? [],
    analyses: mentions.map((m) => {
      const body = texts.get(m.analysisId)?.text ?? '';
      const at = Math.max(0, m.firstOffset);
      return `${m.analysisId}: …${body.slice(Math.max(0, at - 60), at + m.firstLength + 60).replace(/\s+/g, ' ')}…`;
    }),
    verdict: '',
  };
});
for (const row of rows)
  console.log(
    `${row.kind.padEnd(12)} ${row.name}  [${row.forms.join(' | ')}]  ${row.analyses.length} analyses`,
  );
console.log(
  `\n${report.added} pages saved as analyses; ${learned.length} learned actors; import ${Math.round(importMs)} ms, learning ${Math.round(learnMs)} ms of it; ${await db.nameSightings.count()} names waiting for a second analysis`,
);
if (values.out) {
  writeFileSync(values.out, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  console.log(`wrote ${values.out}`);
}
await db.delete();
