import type { Actor, Topic } from '../model';
import type { PackagedBase } from './packaged-base';

/** What a detector is built from. */
export interface DetectorInput {
  /** The reader's actors, or every actor when there is no `base`. */
  actors: readonly Actor[];
  topics: readonly Topic[];
  /** The packaged knowledge base, loaded once (`packagedBase`); `actors` then only add to it. */
  base?: PackagedBase;
  /** Packaged actors not to find: deleted, merged away or retired by the reader. */
  hidden?: ReadonlySet<string>;
}
