// The package has no exports map; this deep import keeps the rest of Readability out of the content script.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';

  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
