/**
 * The shipped detector over text files, for people and scripts: `npm run -s detect -- --help`.
 * The detector is the one the extension runs (bundled by esbuild, as `eval:ner` times it), built once
 * from the shipped knowledge base and topics; every file or line is one `detect` call.
 */
import { createReadStream, openSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { type DetectRecord, detectRecord } from '../lib/detect/eval/detect-record';
import { guessLanguage } from '../lib/detect/eval/lang-guess';
import { CONFIDENT } from '../lib/detect/types';
import { shippedDetector } from './shipped-detector';

const HELP = `usage: npm run -s detect -- [--json] [--confident] [--lines <file.jsonl>]... [<file>...]

Runs the shipped detector with the shipped knowledge base (lib/kb/starter.ts) and topics
(lib/kb/topics.ts) over UTF-8 text files, one result per file, in the order given.

  --json         one JSON line per file (without it: a short listing for people):
                 {"file","lang","mentions":[{"start","end","text","type","actorId","name","kind",
                  "country","wikidata","confidence","role"}],"topics":[{"id","score","hits"}]}
                 start/end are UTF-16 offsets (text.slice(start, end)); type is PER, LOC or ORG;
                 actorId, name, kind, country, wikidata and role are null for a name that is not in
                 the knowledge base; topics are strongest first (score: weighted hits per 1,000 words).
  --confident    only mentions the extension highlights (confidence >= CONFIDENT, ${CONFIDENT}). By default
                 every mention is printed with its confidence, so scripts can choose their threshold.
  --lines <f>    read <f> as JSON Lines, one object with a "text" field a line ("-": standard input),
                 and print one result a line, in order, with "line" (1-based) and the object's "id"
                 when it has one. Blank lines are skipped. May be given more than once.

lang is a cheap guess (writing system, then common words; lib/detect/eval/lang-guess.ts): an ISO
639-1 code, or null when the text is too short or mixed to tell. A real language-id library replaces it.

Errors (a file that cannot be read, a line that is not a JSON object with a string "text") are
reported on stderr with the file and line, and printed in place as {"file",["line",]"error"} with
--json, so outputs stay aligned with inputs; the run goes on and exits 1 at the end. Usage errors exit 2.`;

interface Options {
  json: boolean;
  confident: boolean;
  files: string[];
  lines: string[];
}

function parseArgs(args: string[]): Options {
  const options: Options = { json: false, confident: false, files: [], lines: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') {
      console.log(HELP);
      process.exit(0);
    } else if (arg === '--json') options.json = true;
    else if (arg === '--confident') options.confident = true;
    else if (arg === '--lines') {
      const file = args[++i];
      if (file === undefined) usage('--lines needs a file');
      options.lines.push(file);
    } else if (arg.startsWith('-') && arg !== '-') usage(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0 && options.lines.length === 0) usage('no input: give files or --lines');
  return options;
}

function usage(message: string): never {
  console.error(`detect: ${message} (npm run -s detect -- --help for usage)`);
  process.exit(2);
}

const options = parseArgs(process.argv.slice(2));
// `npm run -s detect -- ... | head` closes the pipe early: stop quietly rather than throw EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { detector, actorById } = await shippedDetector();
let failures = 0;

function run(text: string): DetectRecord {
  const detection = detector.detect(text);
  const min = options.confident ? CONFIDENT : 0;
  return detectRecord(text, detection, (id) => actorById.get(id), guessLanguage(text), min);
}

function print(where: { file: string; line?: number; id?: unknown }, record: DetectRecord): void {
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ...where, ...record })}\n`);
    return;
  }
  const topics = record.topics.map((t) => `${t.id} ${t.score}`).join(', ') || 'none';
  const label = where.line === undefined ? where.file : `${where.file}:${where.line}`;
  const out = [`${label}  lang ${record.lang ?? '?'}  ${record.mentions.length} mentions  topics: ${topics}`];
  for (const m of record.mentions) {
    const link = m.actorId === null ? 'unknown' : `${m.actorId} (${m.name}; ${m.role})`;
    const weak = m.confidence < CONFIDENT ? '  [below CONFIDENT]' : '';
    out.push(
      `  ${`${m.start}-${m.end}`.padEnd(12)}${m.type}  ${m.text.padEnd(28)} ${link} ${m.confidence}${weak}`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

function fail(where: { file: string; line?: number }, error: string): void {
  failures++;
  const label = where.line === undefined ? where.file : `${where.file}:${where.line}`;
  console.error(`detect: ${label}: ${error}`);
  if (options.json) process.stdout.write(`${JSON.stringify({ ...where, error })}\n`);
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** One line of a `--lines` input: a result, or an error in its place. */
function handleLine(file: string, line: number, raw: string): void {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    fail({ file, line }, `bad JSON: ${reason(e)}`);
    return;
  }
  const text = (value as { text?: unknown } | null)?.text;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof text !== 'string') {
    fail({ file, line }, 'not a JSON object with a string "text" field');
    return;
  }
  const id = (value as { id?: unknown }).id;
  print(id === undefined ? { file, line } : { file, line, id }, run(text));
}

for (const file of options.files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    fail({ file }, reason(e));
    continue;
  }
  print({ file }, run(text));
}

for (const file of options.lines) {
  let input: NodeJS.ReadableStream;
  try {
    // Opened here, so a missing file is one clear error rather than a stream event later.
    input = file === '-' ? process.stdin : createReadStream('', { fd: openSync(file, 'r') });
  } catch (e) {
    fail({ file }, reason(e));
    continue;
  }
  let line = 0;
  try {
    for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      line++;
      if (raw.trim()) handleLine(file, line, raw);
    }
  } catch (e) {
    // A read error (a directory, a vanished file) ends this input, not the run.
    fail({ file }, `after line ${line}: ${reason(e)}`);
  }
}

if (failures > 0) {
  console.error(`detect: ${failures} input${failures === 1 ? '' : 's'} failed`);
  process.exitCode = 1;
}
