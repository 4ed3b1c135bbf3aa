// A static server on 127.0.0.1 for the demo pages and the test fixtures. It logs every request,
// so browser tests can check that nothing was fetched beyond what the page itself asked for.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadDemoPages, renderIndexPage, type DemoPage } from './demo-pages.js';

export interface DemoServer {
  origin: string;
  pages: DemoPage[];
  /** Every path requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.js': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

export interface DemoServerOptions {
  dataDir: string;
  /** Served under /fixtures/ when given. */
  fixturesDir?: string;
  port?: number;
  /** Extra response headers for fixture paths (e.g. a strict CSP), by path. */
  headersFor?: (urlPath: string) => Record<string, string> | undefined;
}

export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const pages = await loadDemoPages(options.dataDir);
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(urlPath);
    const send = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
      res.end(body);
    };
    if (urlPath === '/' || urlPath === '/index.html') return send(200, TYPES['.html']!, renderIndexPage(pages));
    const page = byPath.get(urlPath);
    if (page) return send(200, TYPES['.html']!, page.html);
    if (options.fixturesDir && urlPath.startsWith('/fixtures/')) {
      const file = path.resolve(options.fixturesDir, `.${urlPath.slice('/fixtures'.length)}`);
      if (!file.startsWith(path.resolve(options.fixturesDir) + path.sep)) return send(403, 'text/plain', 'forbidden');
      stat(file)
        .then(async (info) => {
          if (!info.isFile()) return send(404, 'text/plain', 'not found');
          const body = await readFile(file);
          send(200, TYPES[path.extname(file)] ?? 'application/octet-stream', body, options.headersFor?.(urlPath) ?? {});
        })
        .catch(() => send(404, 'text/plain', 'not found'));
      return;
    }
    if (urlPath === '/favicon.ico') return send(204, 'image/x-icon', '');
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    pages,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
