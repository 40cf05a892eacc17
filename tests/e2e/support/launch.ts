import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { startGuardProxy } from './guard-proxy';
import { PAGES_DIR } from './paths';
import { type StaticServer, serveStatic } from './server';
import type { BrowserName, ExtensionBrowser, LaunchOptions } from './types';

export interface Session {
  browser: ExtensionBrowser;
  server: StaticServer;
  /** Address of a fixture page, e.g. `pageUrl('fidan-moscow.html')`. */
  pageUrl(file: string): string;
  close(): Promise<void>;
}

/** Starts the fixture server, the guard proxy and `name` with the built extension loaded. */
export async function startSession(name: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  const server = await serveStatic(PAGES_DIR);
  const proxy = await startGuardProxy();
  try {
    const browser =
      name === 'chromium' ? await launchChromium(proxy, options) : await launchFirefox(proxy, options);
    return {
      browser,
      server,
      pageUrl: (file) => `${server.origin}/${file}`,
      close: async () => {
        await browser.close();
        await proxy.close();
        await server.close();
      },
    };
  } catch (error) {
    await proxy.close();
    await server.close();
    throw error;
  }
}
