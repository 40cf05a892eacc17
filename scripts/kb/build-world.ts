/**
 * Rebuilds every file of lib/kb/world/ from its source, in order, and prints the counts. Developer
 * machines only (needs git, sqlite3 and the mirrors / unpacked packages named in each converter):
 *
 *   npx tsx scripts/kb/build-world.ts
 *
 * Order matters: places.json first (companies.ts skips brands named like a place), parties and
 * intl-orgs before companies (ids), us-congress before uk-ministers (ids), uk-mps and parlgov last (they
 * read the packaged base to skip what it has). Each converter can also be
 * run alone with its own arguments; see its header.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CONVERTERS = [
  'places',
  'parties',
  'us-congress',
  'uk-ministers',
  'intl-orgs',
  'companies',
  // Last: they skip what the packaged base (the files above) already has.
  'uk-mps',
  'parlgov',
];
const here = fileURLToPath(new URL('.', import.meta.url));
const world = fileURLToPath(new URL('../../lib/kb/world/', import.meta.url));

for (const name of CONVERTERS) {
  console.log(`== ${name}`);
  execFileSync('npx', ['tsx', `${here}${name}.ts`], { stdio: 'inherit' });
}

let total = 0;
let bytes = 0;
for (const file of readdirSync(world)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const count = (JSON.parse(readFileSync(world + file, 'utf8')) as unknown[]).length;
  const size = statSync(world + file).size;
  total += count;
  bytes += size;
  console.log(`${file.padEnd(20)} ${String(count).padStart(6)} actors  ${(size / 1e6).toFixed(2)} MB`);
}
console.log(`${'total'.padEnd(20)} ${String(total).padStart(6)} actors  ${(bytes / 1e6).toFixed(2)} MB`);
