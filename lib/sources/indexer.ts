import { type ChunkIndexer, threadIndexer } from '../db/chunk-indexer';
import type { DetectorInput } from '../detect/detector-input';
import type { PackagedBase } from '../detect/packaged-base';
import type { Detector } from '../detect/types';

/**
 * The import pipeline's indexer for the background: detection in this thread with the packaged
 * knowledge base when there is one (the run then passes only the reader's own actors), every actor
 * from the database otherwise.
 */
export function backgroundIndexer(
  create: (input: DetectorInput) => Detector,
  base: PackagedBase | null,
): ChunkIndexer {
  const indexer = threadIndexer((input) => create(base ? { ...input, base } : input));
  return Object.assign(indexer, { packaged: base !== null });
}
