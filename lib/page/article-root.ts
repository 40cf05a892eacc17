/** Elements that hold an article's body on most news sites, most specific first. */
const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  'article',
  '[role="article"]',
  'main',
  '[role="main"]',
  '#content, #main-content, .article-body, .story-body, .post-content, .entry-content',
];

/**
 * The element that holds the article's text: the candidate with the most paragraph text, from the
 * most specific selector that has any; the body when nothing matches. Null when there is no body.
 */
export function findArticleRoot(doc: Document): Element | null {
  for (const selector of BODY_SELECTORS) {
    let best: Element | null = null;
    let bestLength = 0;
    for (const candidate of doc.querySelectorAll(selector)) {
      const length = paragraphTextLength(candidate);
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    if (best !== null && bestLength >= 200) return best;
  }
  return doc.body;
}

function paragraphTextLength(element: Element): number {
  let total = 0;
  for (const p of element.querySelectorAll('p')) total += p.textContent?.length ?? 0;
  return total;
}
