import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Gecko id: Firefox needs a stable id for storage and for `web-ext lint`. */
export const GECKO_ID = 'backstory@backstory.local';

/** The extension's icon (assets/icon.svg, rasterised by `npm run icons`). */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png' };
/** Firefox: `dark` is shown on light themes, `light` (assets/icon-light.svg) on dark ones. */
const FIREFOX_THEME_ICONS = [16, 32].map((size) => ({
  size,
  dark: `icon/${size}.png`,
  light: `icon/light-${size}.png`,
}));

/** Any web address may be a source; each host is granted only when the reader adds a source on it. */
const SOURCE_HOSTS = ['http://*/*', 'https://*/*'];
const TEST_BUILD = process.env.BACKSTORY_TEST_BUILD === '1';
const TEST_HOSTS = 'http://127.0.0.1/*';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('kb/base.bin.gz', 'kb/actors.json');
    },
    // The packaged knowledge base is compiled from lib/kb at every build (scripts/packaged-kb.ts):
    // `kb/base.bin.gz`, the detector's matcher a waking worker reads as is, and `kb/actors.json`, read
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
    // Names and descriptions in the interface's language (issue 14): public/_locales/<language>.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // IndexedDB only: no `storage` permission needed. `unlimitedStorage` keeps years of analyses
    // from hitting the default quota and exempts the database from eviction.
    // `contextMenus`: the one entry "Note on this selection" on selected text. WXT adds `sidePanel`
    // for Chrome's side panel (Firefox's sidebar needs no permission).
    // `alarms` wakes the worker for the next source due (issue 15). A source's host is asked for when
    // the reader adds it, as an optional permission; a test build (BACKSTORY_TEST_BUILD=1, what
    // `npm run build:all` makes for the end-to-end tests) holds 127.0.0.1 up front, since a test
    // cannot click the browser's prompt.
    permissions: [
      'unlimitedStorage',
      'contextMenus',
      'alarms',
      ...(browser === 'firefox' && TEST_BUILD ? [TEST_HOSTS] : []),
    ],
    ...(browser === 'firefox'
      ? { optional_permissions: SOURCE_HOSTS }
      : {
          optional_host_permissions: SOURCE_HOSTS,
          ...(TEST_BUILD ? { host_permissions: [TEST_HOSTS] } : {}),
        }),
    icons: ICONS,
    // WXT would drop an `action` given here for MV2 once the popup made a `browser_action`: name it.
    [browser === 'firefox' ? 'browser_action' : 'action']: {
      default_title: '__MSG_extName__',
      default_icon: TOOLBAR_ICONS,
      // Firefox picks the toolbar icon by theme: "light" is the one for dark toolbars. Chrome has no
      // such key; its icon carries its own dark tile, which reads on light and dark toolbars alike.
      ...(browser === 'firefox' ? { theme_icons: FIREFOX_THEME_ICONS } : {}),
    },
    // Keyboard path to the actors: the reader can change the keys in the browser's shortcut settings.
    commands: {
      // Opens the popup; MV2 (Firefox) names the same command after `browser_action`.
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandOpenPopup__',
      },
      'next-actor': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextActor__',
      },
      'previous-actor': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPreviousActor__',
      },
    },
    // `sidePanel.open()`, which the context-menu entry calls, came in Chrome 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
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
