import type { DetectorInput } from '../detect/detector-input';
import type { Detector } from '../detect/types';
import { type AnalysisDraft, type DraftIndex, draftIndex } from './analyses';

/**
 * Indexes an import's analyses a chunk at a time: detection and search words, the import's CPU work.
 * In the options page it runs in a worker (`workerIndexer`), so that it overlaps parsing the file and
 * writing the previous chunk to IndexedDB; tests and small jobs run it in the thread (`threadIndexer`).
 */
export interface ChunkIndexer {
  /** The actors and topics that detection knows from the next chunk on. */
  setKnowledge(input: DetectorInput): void;
  /** Each draft's index, in order. */
  index(drafts: readonly AnalysisDraft[]): Promise<DraftIndex[]>;
  /** Time spent indexing so far, in ms (in the worker, when there is one). */
  readonly busyMs: number;
  /**
   * True when the indexer detects with the packaged knowledge base (the import worker loads it):
   * `setKnowledge` then takes only the reader's own actors.
   */
  readonly packaged?: boolean;
}

/** Indexes in this thread, when `index` is called. */
export function threadIndexer(makeDetector: (input: DetectorInput) => Detector): ChunkIndexer {
  let input: DetectorInput = { actors: [], topics: [] };
  let detector: Detector | undefined;
  return {
    busyMs: 0,
    setKnowledge(next) {
      input = next;
      detector = undefined;
    },
    index(drafts) {
      try {
        const start = performance.now();
        detector ??= makeDetector(input);
        const built = detector;
        const indexes = drafts.map((draft) => draftIndex(built, draft));
        this.busyMs += performance.now() - start;
        return Promise.resolve(indexes);
      } catch (error) {
        return Promise.reject(error);
      }
    },
  } satisfies ChunkIndexer & { busyMs: number };
}

/** What the page sends the worker. */
export type IndexerRequest =
  | { kind: 'knowledge'; input: DetectorInput }
  | { kind: 'index'; seq: number; drafts: readonly AnalysisDraft[] };

/** What the worker answers to an `index` request. */
export type IndexerReply =
  | { seq: number; ok: true; indexes: DraftIndex[]; busyMs: number }
  | { seq: number; ok: false; error: string };

/** The side of a worker (or of a MessagePort, in tests) that the indexer talks through. */
export interface IndexerPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: Event) => void): void;
}

/**
 * The worker's side: answers the page's requests with the given detector factory, once `ready` (the
 * packaged knowledge base loaded) has settled.
 */
export function serveIndexer(
  port: IndexerPort,
  makeDetector: (input: DetectorInput) => Detector,
  ready: Promise<unknown> = Promise.resolve(),
): void {
  const indexer = threadIndexer(makeDetector);
  port.addEventListener('message', (event) => {
    const request = (event as MessageEvent<IndexerRequest>).data;
    if (request.kind === 'knowledge') {
      indexer.setKnowledge(request.input);
      return;
    }
    const before = indexer.busyMs;
    ready
      .catch(() => undefined)
      .then(() => indexer.index(request.drafts))
      .then(
        (indexes) => {
          const reply: IndexerReply = {
            seq: request.seq,
            ok: true,
            indexes,
            busyMs: indexer.busyMs - before,
          };
          port.postMessage(reply);
        },
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          const reply: IndexerReply = { seq: request.seq, ok: false, error: reason };
          port.postMessage(reply);
        },
      );
  });
}

/** The page's side: sends each chunk to the worker and resolves with its answer. */
export function workerIndexer(port: IndexerPort, packaged = false): ChunkIndexer {
  let seq = 0;
  const waiting = new Map<number, { resolve(indexes: DraftIndex[]): void; reject(error: Error): void }>();
  /** Why the worker cannot answer any more, once it has failed. */
  let broken: string | undefined;
  const failAll = (why: string) => {
    broken ??= why;
    for (const { reject } of waiting.values())
      reject(new Error(`The import could not index its analyses: ${why}`));
    waiting.clear();
  };
  const indexer = {
    busyMs: 0,
    packaged,
    setKnowledge(input: DetectorInput) {
      port.postMessage({ kind: 'knowledge', input } satisfies IndexerRequest);
    },
    index(drafts: readonly AnalysisDraft[]) {
      seq += 1;
      const request: IndexerRequest = { kind: 'index', seq, drafts };
      return new Promise<DraftIndex[]>((resolve, reject) => {
        if (broken !== undefined) {
          reject(new Error(`The import could not index its analyses: ${broken}`));
          return;
        }
        waiting.set(request.seq, { resolve, reject });
        port.postMessage(request);
      });
    },
  };
  port.addEventListener('message', (event) => {
    const reply = (event as MessageEvent<IndexerReply>).data;
    const pending = waiting.get(reply.seq);
    if (!pending) return;
    waiting.delete(reply.seq);
    if (reply.ok) {
      indexer.busyMs += reply.busyMs;
      pending.resolve(reply.indexes);
    } else {
      pending.reject(new Error(`The import could not index its analyses: ${reply.error}`));
    }
  });
  port.addEventListener('messageerror', () => failAll('a message to the worker could not be read.'));
  port.addEventListener('error', (event) => {
    failAll((event as ErrorEvent).message || 'the worker stopped.');
  });
  return indexer;
}
