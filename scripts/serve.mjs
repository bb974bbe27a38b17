// A small static server for the built site (dist/), sending the site's recommended security
// headers. `npm start` and the end-to-end tests both use it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { headersFor } from './security-headers.mjs';

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

async function findFile(root, urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    try {
      if ((await stat(path)).isFile()) return path;
    } catch {
      // Try the next form.
    }
  }
  return undefined;
}

/**
 * Starts the server; resolves with it once listening. `headers` can add or override headers;
 * `embedFrameAncestors` narrows who may frame the embed pages (see security-headers.mjs).
 * @param {{ root?: string, port?: number, host?: string, headers?: Record<string, string>, embedFrameAncestors?: string[] }} [options]
 */
export function startServer({ root = 'dist', port = 4321, host = '127.0.0.1', headers = {}, embedFrameAncestors } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', `http://${host}`);
    const file = await findFile(base, url.pathname).catch(() => undefined);
    const common = { ...headersFor(url.pathname, { embedFrameAncestors }), ...headers };
    if (!file) {
      const notFound = await readFile(join(base, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { ...common, 'Content-Type': types['.html'] });
      response.end(notFound);
      return;
    }
    if (url.pathname.endsWith('/') === false && file.endsWith('index.html') && !url.pathname.endsWith('.html')) {
      response.writeHead(301, { ...common, Location: `${url.pathname}/${url.search}` });
      response.end();
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, { ...common, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
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
