import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadPackagedBase } from '../lib/background/packaged-files';
import { serveIndexer } from '../lib/db/chunk-indexer';
import { createDetector, type PackagedBase } from '../lib/detect';

/**
 * `/import-worker.js`: the dedicated worker in which the options page's imports detect actors and
 * topics and take search words (see lib/db/chunk-indexer.ts), off the page's thread. It reads the
 * packaged knowledge base itself (workers have no `browser.*`: the URL is its own folder's), so the
 * page sends it only the reader's own actors.
 */
export default defineUnlistedScript(() => {
  let base: PackagedBase | undefined;
  const ready = loadPackagedBase(new URL('/kb/base.bin.gz', self.location.href).href).then((loaded) => {
    base = loaded;
  });
  serveIndexer(
    globalThis as unknown as Parameters<typeof serveIndexer>[0],
    (input) => createDetector({ ...input, ...(base ? { base } : {}) }),
    ready,
  );
});
