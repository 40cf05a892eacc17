import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, normalize, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD = join(ROOT, '.output/chrome-mv3');

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

/**
 * Builds when `.output/chrome-mv3` is missing or older than the sources, then copies it to a temporary
 * folder, so another engineer's rebuild during the run cannot change the extension under the browser.
 */
export async function extensionBuild(): Promise<string> {
  // A given build (e.g. a scratch copy with a busy loop, to check the task measurement) is used as is.
  const given = process.env.EVAL_EXTENSION;
  if (given) return given;
  const sources = ['entrypoints', 'lib', 'components', 'wxt.config.ts'].map((p) => join(ROOT, p));
  const manifest = join(BUILD, 'manifest.json');
  const stale =
    !existsSync(manifest) ||
    Math.max(...sources.filter(existsSync).map(newestMtime)) > statSync(manifest).mtimeMs;
  if (stale) {
    console.error('eval:pages: building the extension (npx wxt build)...');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const copy = await mkdtemp(join(tmpdir(), 'backstory-eval-build-'));
  await cp(BUILD, copy, { recursive: true });
  if (!existsSync(join(copy, 'manifest.json'))) throw new Error(`${BUILD} changed while it was copied`);
  return copy;
}

export interface PageEntry {
  name: string;
  /** The manifest's kind (news, other-real, ...), when the folder has a manifest. */
  kind: string | null;
  /** False when Readability's own expectation says the page is not readerable: nothing should be lit. */
  expectedArticle: boolean | null;
}

/** Every `<name>/source.html` under `folder`, with what the manifest and expected metadata say. */
export function listPages(folder: string): PageEntry[] {
  const kinds = new Map<string, string>();
  const collection = basename(folder);
  for (const path of [join(folder, 'manifest.tsv'), join(dirname(folder), 'manifest.tsv')]) {
    if (!existsSync(path)) continue;
    const [head, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
    const cols = (head ?? '').split('\t');
    const [c, n, k] = ['collection', 'name', 'kind'].map((h) => cols.indexOf(h)) as [number, number, number];
    for (const row of rows.map((r) => r.split('\t'))) {
      if (c < 0 || row[c] === collection) kinds.set(row[n] ?? '', row[k] ?? '');
    }
    break;
  }
  // Directories, or links to them: a folder of links picks some pages out of a larger set.
  return readdirSync(folder, { withFileTypes: true })
    .filter((d) => existsSync(join(folder, d.name, 'source.html')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const meta = join(folder, name, 'expected-metadata.json');
      const readerable = existsSync(meta) ? JSON.parse(readFileSync(meta, 'utf8')).readerable : undefined;
      return {
        name,
        kind: kinds.get(name) ?? null,
        expectedArticle: typeof readerable === 'boolean' ? readerable : null,
      };
    });
}

/** A page with known actors, loaded once before measuring so the worker's detector is built. */
const WARM_UP = `<!doctype html><html><head><title>Warm-up</title></head><body><article>${'<p>Joe Biden met Vladimir Putin and Emmanuel Macron in Geneva to talk about Ukraine, trade and the summit that Xi Jinping and Narendra Modi had planned for the autumn, while Olaf Scholz waited in Berlin.</p>'.repeat(6)}</article></body></html>`;

/** Serves `folder` on 127.0.0.1 (random port), plus `/__warm-up.html`. Paths outside it get 404. */
export async function serve(folder: string): Promise<{ origin: string; close(): void }> {
  const base = normalize(resolve(folder)) + sep;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/__warm-up.html')
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(WARM_UP);
    const file = normalize(join(base, path));
    if (!file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory()) {
      return void res.writeHead(404).end();
    }
    // Mozilla stores the pages as UTF-8 (its tests read them so), whatever their meta tags say.
    const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}
