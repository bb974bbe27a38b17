// A small static server for the built site (dist/), sending the site's recommended security
// headers. `npm start` and the end-to-end tests both use it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { headersFor } from './security-headers.mjs';
import { sitePath } from '../src/lib/site-path.ts';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

async function findFile(root, path) {
  const candidate = normalize(join(root, path));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // Try the next form.
    }
  }
  return undefined;
}

/**
 * Starts the server; resolves with it once listening. `headers` can add or override headers;
 * `onResponse` hears of every response sent (the benchmark and the offline tests count the
 * bytes that really crossed the network, whatever the browser's caches did). `embedFrameAncestors`
 * narrows who may frame the embed pages (see security-headers.mjs).
 * @param {{ root?: string, port?: number, host?: string, headers?: Record<string, string>, onResponse?: (sent: { path: string, status: number, body: Buffer }) => void, embedFrameAncestors?: string[] }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer({ root = 'dist', port = 4321, host = '127.0.0.1', headers = {}, onResponse = undefined, embedFrameAncestors = undefined } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    // The request target is a path: prefixed with the origin, so `//evil.example/` stays one.
    const url = URL.parse(`http://${host}${request.url ?? '/'}`);
    if (!url || !request.url?.startsWith('/')) {
      response.writeHead(400);
      response.end();
      return;
    }
    const send = (status, head, body = Buffer.alloc(0)) => {
      response.writeHead(status, head);
      response.end(body);
      onResponse?.({ path: url.pathname, status, body });
    };
    // The path read the way the headers read it (src/lib/site-path.ts), so a file is never
    // served with the headers of another path, nor a redirect sent off the site.
    const path = sitePath(url.pathname);
    const file = path === undefined ? undefined : await findFile(base, path).catch(() => undefined);
    const common = { ...headersFor(url.pathname, { embedFrameAncestors }), ...headers };
    if (!file) {
      const notFound = await readFile(join(base, '404.html')).catch(() => Buffer.from('Not found'));
      send(404, { ...common, 'Content-Type': types['.html'] }, notFound);
      return;
    }
    if (!path.endsWith('/') && file.endsWith('index.html') && !path.endsWith('.html')) {
      send(301, { ...common, Location: `${path}/${url.search}` });
      return;
    }
    send(200, { ...common, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }, await readFile(file));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 4321);
  await startServer({ port });
  console.log(`Attendance Practice Kit: serving dist/ at http://localhost:${port}/ (Ctrl+C to stop)`);
}
