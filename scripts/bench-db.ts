/**
 * `npm run bench:db [-- --json] [--count N] [--import-in-thread] [--profile]`: the database benchmark in real Chromium. Bundles
 * tests/bench/bench-page.ts, opens a page of the built extension (.output/chrome-mv3, from
 * `npx wxt build`) so IndexedDB runs in the extension's own origin, and runs the benchmark there:
 * import of N synthetic analyses (JSON Lines through `importFile`), related-context queries for
 * pages with 30 actors and 5 topics against a naive scan of every analysis, and search while typing.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../tests/e2e/support/chromium-flags';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    count: { type: 'string', default: '100000' },
    'related-queries': { type: 'string', default: '150' },
    'naive-queries': { type: 'string', default: '5' },
    profile: { type: 'boolean', default: false },
    'import-in-thread': { type: 'boolean', default: false },
  },
});
const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const EXTENSION = resolve('.output/chrome-mv3');
const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);

if (!existsSync(join(EXTENSION, 'manifest.json'))) {
  throw new Error('No built extension in .output/chrome-mv3: run `npx wxt build` first.');
}
const bundle = await build({
  entryPoints: ['tests/bench/bench-page.ts'],
  bundle: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
  logLevel: 'silent',
});
const source = bundle.outputFiles[0]?.text ?? '';

const profile = await mkdtemp(join(tmpdir(), 'backstory-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: [...chromiumArgs(EXTENSION), '--enable-precise-memory-info'],
});
try {
  // Nothing leaves the machine: the benchmark needs no network.
  await context.route(/^(?!chrome-extension:)/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.text().startsWith('bench:')) log(message.text());
  });
  await page.goto(`chrome-extension://${id}/analysis.html`);
  // Evaluated over the DevTools protocol, so the extension's CSP (no inline scripts) does not apply.
  await page.evaluate(source);
  log(`bench: ${values.count} analyses, chromium ${context.browser()?.version() ?? ''}`);
  const config = {
    count: Number(values.count),
    relatedQueries: Number(values['related-queries']),
    naiveQueries: Number(values['naive-queries']),
    inThread: values['import-in-thread'],
  };
  const cdp = values.profile ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const result = (await page.evaluate(
    (c) =>
      (globalThis as unknown as { backstoryBench: { run(c: unknown): Promise<unknown> } }).backstoryBench.run(
        c,
      ),
    config,
  )) as Record<string, unknown>;
  if (cdp) printProfile(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const budget: Record<string, string> = {
      importSeconds: '≤ 60',
      relatedP95Ms: '≤ 20',
      searchP95Ms: '≤ 100',
      naiveP95Ms: 'reference',
    };
    console.table(
      Object.entries(result).map(([figure, value]) => ({ figure, value, budget: budget[figure] ?? '' })),
    );
  }
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** `--profile`: where the page spent its time, by function (self time), to find what to speed up. */
function printProfile(profile: CpuProfile): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    const name = frame ? `${frame.functionName || '(anonymous)'}:${frame.lineNumber}` : '?';
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
  for (const [name, ms] of top) log(`profile: ${Math.round(ms)} ms  ${name}`);
}
