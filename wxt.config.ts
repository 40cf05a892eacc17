import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Gecko id: Firefox needs a stable id for storage and for `web-ext lint`. */
export const GECKO_ID = 'backstory@backstory.local';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere (house style): no auto-imported globals.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Shows the analyses and notes you already have about the people and states in the article you are reading.',
    // IndexedDB only: no `storage` permission needed. `unlimitedStorage` keeps years of analyses
    // from hitting the default quota and exempts the database from eviction.
    permissions: ['unlimitedStorage'],
    action: { default_title: 'Backstory' },
    // Keyboard path to the actors: the reader can change the keys in the browser's shortcut settings.
    commands: {
      'next-actor': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Move to the next highlighted actor and open its card',
      },
      'previous-actor': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Move to the previous highlighted actor and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 (ESR) is the first desktop release that knows data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
