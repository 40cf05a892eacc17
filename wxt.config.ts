import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Gecko id: Firefox needs a stable id for storage and for `web-ext lint`. */
export const GECKO_ID = 'backstory@backstory.local';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('kb/base.bin', 'kb/actors.json');
    },
    // The packaged knowledge base is compiled from lib/kb at every build (scripts/packaged-kb.ts):
    // `kb/base.bin`, the detector's matcher a waking worker reads as is, and `kb/actors.json`, read
    // only to seed the database.
    'build:publicAssets': async (wxt, files) => {
      const { writePackagedKb } = await import('./scripts/packaged-kb');
      const dir = join(wxt.config.wxtDir, 'kb');
      for (const file of writePackagedKb(dir).files)
        files.push({ absoluteSrc: join(dir, file), relativeDest: `kb/${file}` });
    },
  },
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
