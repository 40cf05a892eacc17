// The floor of `npm run eval:pages`: injected when Backstory's content script is (document_end), it
// walks every text node of the body and reads it, then tells the page's main world when it finished.
const start = performance.now();
const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
let chars = 0;
while (walker.nextNode()) chars += walker.currentNode.data.length;
const end = performance.now();
document.dispatchEvent(
  new CustomEvent('backstory-eval-floor', { detail: JSON.stringify({ start, end, chars }) }),
);
