/**
 * How well the shipped detector links names to known actors (issue 11): `npm run eval:links -- --help`.
 * Two modes: saved pages (how much is linked, by type and alias role, plus a sample for a human audit)
 * and gold sentences (recall, precision and F1 of links, per language). Both run the detector as it
 * ships (bundled by esbuild) with the shipped knowledge base and topics.
 */
import { auditReport } from './eval-links/audit';
import { goldReport } from './eval-links/gold';
import { pagesReport } from './eval-links/pages';
import { shippedDetector } from './shipped-detector';

const HELP = `usage: npm run eval:links -- <pages dir> [--json] [--sample N --seed S --out <file.jsonl>]
       npm run eval:links -- --gold <file.jsonl> [--json] [--verbose]
       npm run eval:links -- --audited <sample.jsonl> [--json]

Pages: every <name>/expected.html under <pages dir> (Readability's extracted article, as in
../shared/eval/pages/readability), its text collected as the content script collects a page's
(lib/page/collect.ts), then detected. Prints, per type (PER, ORG, LOC), the confident mentions
(confidence >= CONFIDENT) and the share linked to a known actor, and the confident links by alias role.
Demonym mentions ("Turkish") are adjectives: left out of the per-type counts, as eval:ner does, and
counted under their role.
  --sample N --seed S --out F   write N confident links drawn at random (seed S, an integer; the
                                same seed and detector draw the same sample) to F, one JSON object a
                                line with ~100 characters of context either side, the mention in ⟦ ⟧,
                                the actor's id, name, kind and description, the alias role, and
                                "correct": null for the auditor to set to true or false.

Audited: reads such a sample once "correct" is filled in and prints the precision of the links
per alias role and overall (rows still null are counted as not judged).

Gold: lines of {"lang","text","gold":[[surface,target]],"neutral":[surface]}, scored as
../shared/eval/links/README.md says (lib/detect/eval/gold-links.ts): recall, precision and F1 per
language and overall. --verbose lists each line's missed gold mentions and wrong links.

--json prints one machine-readable summary instead of the tables. A bad line, a page that cannot be
read or a bad option is reported on stderr; the run goes on and exits 1 (2 for usage errors).`;

function usage(message: string): never {
  console.error(`eval:links: ${message} (npm run eval:links -- --help for usage)`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}
const flags = new Set(['--json', '--verbose']);
const valued = new Set(['--gold', '--audited', '--sample', '--seed', '--out']);
const values = new Map<string, string>();
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  if (valued.has(arg)) {
    const value = args[++i];
    if (value === undefined) usage(`${arg} needs a value`);
    values.set(arg, value);
  } else if (arg.startsWith('--') && !flags.has(arg)) usage(`unknown option ${arg}`);
  else if (!arg.startsWith('--')) positional.push(arg);
}
const json = args.includes('--json');
const gold = values.get('--gold');
const integer = (name: string) => {
  const text = values.get(name);
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text)) usage(`${name} takes an integer, not "${text}"`);
  return Number(text);
};
const sample = integer('--sample');
const seed = integer('--seed') ?? 1;
const out = values.get('--out');

const audited = values.get('--audited');
if (audited !== undefined) {
  if (gold !== undefined || positional.length > 0) usage('--audited takes no pages dir and no --gold');
  if (!auditReport(audited, json)) process.exitCode = 1;
  process.exit();
}

if (gold !== undefined && positional.length > 0) usage('give either a pages dir or --gold, not both');
if (gold === undefined && positional.length !== 1) usage('give one pages dir, --gold or --audited');
if ((sample === undefined) !== (out === undefined)) usage('--sample and --out go together');
if (sample !== undefined && sample < 1) usage('--sample takes a positive number');
if (gold !== undefined && sample !== undefined) usage('--sample draws from pages, not from --gold');

const shipped = await shippedDetector();
const ok =
  gold !== undefined
    ? goldReport(shipped, gold, { json, verbose: args.includes('--verbose') })
    : pagesReport(shipped, positional[0] as string, {
        json,
        sample: sample === undefined || out === undefined ? undefined : { n: sample, seed, out },
      });
if (!ok) process.exitCode = 1;
