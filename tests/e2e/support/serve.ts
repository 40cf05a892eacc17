/**
 * Serves the fixture pages for a person to try the extension by hand (scripts/start.sh):
 * `npx tsx tests/e2e/support/serve.ts [port]`. Stops on Ctrl-C or SIGTERM.
 */
import { PAGES_DIR } from './paths';
import { serveStatic } from './server';

const port = Number(process.argv[2] ?? 8765);
const server = await serveStatic(PAGES_DIR, port);
console.log(`serving ${PAGES_DIR} at ${server.origin}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
