// Structure check: data reaches the UI as text only, so no component may set HTML.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const UI_DIRS = ['components', 'entrypoints/popup', 'entrypoints/analysis'].map((dir) => join(ROOT, dir));
const FORBIDDEN = ['dangerouslySetInnerHTML', '.innerHTML', 'insertAdjacentHTML'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

it.each(UI_DIRS.flatMap(sources).map((file) => file.slice(ROOT.length)))('%s sets no HTML', (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  for (const word of FORBIDDEN) expect(text, `${file} uses ${word}`).not.toContain(word);
});
