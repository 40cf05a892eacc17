/**
 * `npm run icons`: rasterises the icons drawn in `assets/*.svg` into the PNGs the manifests name
 * (`public/icon/`), with Debian's Chromium (`CHROMIUM_BIN`, as in the end-to-end tests). The PNGs are
 * committed, so a build needs neither Chromium nor this script; run it after changing an SVG.
 * - `icon.svg` at 16, 32, 48 and 128 px: the extension's icon, its own dark tile with a light page;
 * - `icon-light.svg` at 16 and 32 px: the toolbar icon Firefox shows on dark themes (`theme_icons`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

const JOBS: { svg: string; prefix: string; sizes: number[] }[] = [
  { svg: 'icon.svg', prefix: '', sizes: [16, 32, 48, 128] },
  { svg: 'icon-light.svg', prefix: 'light-', sizes: [16, 32] },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_BIN, headless: true });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const job of JOBS) {
    const svg = await readFile(join(ROOT, 'assets', job.svg), 'utf8');
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    for (const size of job.sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`,
      );
      await page.waitForFunction(() => document.querySelector('img')?.complete === true);
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      const out = join(ROOT, 'public/icon', `${job.prefix}${size}.png`);
      await writeFile(out, png);
      console.log(`${out}: ${png.length} bytes`);
    }
  }
} finally {
  await browser.close();
}
