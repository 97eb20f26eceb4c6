// A tiny static server on 127.0.0.1 (random port) for the repository's files, plus the
// generated benchmark pages under /page/. Only the folders the pages need are served.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { memoryPage, renderPage, seedPage, typingPage } from './pages.js';

const root = resolve(import.meta.dirname, '..');
const SERVED = ['/dist/', '/bench/client/', '/node_modules/'];
const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const PAGES = { render: renderPage, seed: seedPage, typing: typingPage, memory: memoryPage };

// Cross-origin isolation lets a page call performance.measureUserAgentSpecificMemory().
const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

function handle(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const isolated = url.searchParams.has('isolated');
  const extra = isolated ? ISOLATED : {};
  if (url.pathname.startsWith('/page/')) {
    const make = PAGES[url.pathname.slice(6)];
    if (!make) return send(res, 404, 'no such page');
    try {
      const params = Object.fromEntries(url.searchParams);
      if (params.n) params.n = Number(params.n);
      return send(res, 200, make(params), { 'Content-Type': 'text/html; charset=utf-8', ...extra });
    } catch (error) {
      return send(res, 500, String(error));
    }
  }
  const path = resolve(root, `.${decodeURIComponent(url.pathname)}`);
  if (!SERVED.some((prefix) => url.pathname.startsWith(prefix)) || !path.startsWith(root + sep)) return send(res, 404, 'not served');
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return send(res, 404, 'not found');
  }
  if (!stat.isFile()) return send(res, 404, 'not a file');
  res.writeHead(200, {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    // Files may be cached between samples, as a browser would; pages never are.
    'Cache-Control': 'max-age=3600',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  createReadStream(path).pipe(res);
}

/** Starts the server; resolves with its origin and a close() function. */
export function startServer() {
  const server = createServer(handle);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        close: () => {
          server.closeAllConnections();
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}
