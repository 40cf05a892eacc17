import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { serveIndexer } from '../lib/db/chunk-indexer';
import { createDetector } from '../lib/detect';

/**
 * `/import-worker.js`: the dedicated worker in which the options page's imports detect actors and
 * topics and take search words (see lib/db/chunk-indexer.ts), off the page's thread.
 */
export default defineUnlistedScript(() => {
  serveIndexer(globalThis as unknown as Parameters<typeof serveIndexer>[0], createDetector);
});
