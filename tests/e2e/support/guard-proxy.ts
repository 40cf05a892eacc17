import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A proxy that forwards nothing: every request that reaches it is recorded and refused. Both browsers
 * are pointed at it (loopback bypasses it), so a request that slips past the per-page interception —
 * from the extension's background, or the browser itself — still cannot leave the machine and still
 * shows up in `hits`.
 */
export interface GuardProxy {
  port: number;
  /** `CONNECT host:port` targets and absolute `http://` URLs, in order of arrival. */
  hits: string[];
  close(): Promise<void>;
}

export async function startGuardProxy(): Promise<GuardProxy> {
  const hits: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '?');
    res.writeHead(403, { connection: 'close' }).end('blocked by the Backstory test guard');
  });
  server.on('connect', (req, socket) => {
    hits.push(`CONNECT ${req.url ?? '?'}`);
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
