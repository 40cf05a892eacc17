import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPage } from './page';

export default defineContentScript({
  // Every web page: Backstory cannot know in advance which site carries the next article.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_end',
  main(ctx) {
    startPage(ctx).catch((error: unknown) => console.warn('[Backstory] page scan failed:', error));
  },
});
