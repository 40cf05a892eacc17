import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const PAGES_DIR = resolve(ROOT, 'tests/e2e/pages');
export const SCREENSHOTS_DIR = resolve(ROOT, 'test-results/screenshots');
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');

/** Same id as `GECKO_ID` in wxt.config.ts (not imported: that module pulls in the WXT build). */
export const GECKO_ID = 'backstory@backstory.local';
/** Fixed so the popup has a known address: `moz-extension://<uuid>/popup.html`. */
export const FIREFOX_UUID = '6f0c1b2a-5d4e-4c3b-9a81-7e6d5c4b3a29';

export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

/** Throws (so the test fails rather than skips) when something the run needs is missing. */
export function requireFile(path: string, hint: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: ${hint}`);
}

/**
 * Copies a build to a temporary folder, so a rebuild of `.output` during the run (`wxt dev`, another
 * build) cannot change the extension under a running browser, with the test-only `catalogues` added to
 * the copy (see `LaunchOptions.catalogues`). The caller removes the copy.
 */
export async function snapshotBuild(
  build: string,
  hint: string,
  catalogues: Record<string, unknown> = {},
): Promise<string> {
  requireFile(join(build, 'manifest.json'), hint);
  const copy = await mkdtemp(join(tmpdir(), 'backstory-build-'));
  await cp(build, copy, { recursive: true });
  requireFile(join(copy, 'manifest.json'), `${build} changed while it was copied; ${hint}`);
  for (const [language, messages] of Object.entries(catalogues)) {
    await mkdir(join(copy, '_locales', language), { recursive: true });
    await writeFile(join(copy, '_locales', language, 'messages.json'), JSON.stringify(messages));
  }
  return copy;
}
