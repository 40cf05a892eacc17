import { HIGHLIGHT_TAG } from './highlight';

/**
 * The page's HTML as the site served it plus what its scripts added, without anything Backstory
 * put there (highlights are unwrapped, the card and styles dropped). The live page is not touched.
 */
export function cleanSnapshot(doc: Document): string {
  const clone = doc.documentElement.cloneNode(true) as Element;
  for (const element of clone.querySelectorAll('backstory-card, style[data-backstory]')) element.remove();
  for (const highlight of clone.querySelectorAll(HIGHLIGHT_TAG))
    highlight.replaceWith(...highlight.childNodes);
  return `<!DOCTYPE html>${clone.outerHTML}`;
}
