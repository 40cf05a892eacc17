import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/**
 * Whether a page holds an article worth reading for actors: Firefox Reader View's own cheap test
 * (enough visible paragraph text), so search pages, apps and home pages are left alone.
 */
export function looksLikeArticle(doc: Document): boolean {
  return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
}
