// Writes dist/sw.js for the built site: the worker in src/service-worker/, with this build's
// file list and a version made from every file's content, so that any change to the site gives
// a new worker that replaces the old offline copy (issue 9). Run after Pagefind, which adds the
// search index the copy must include.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');

/**
 * Files never put in the offline copy: server config, the worker itself, iframe embeds and
 * Teams tabs (they live inside other sites' pages), and the platform packages councils download.
 */
function kept(path) {
  return path !== '/_headers' && path !== '/sw.js' && !['/embed/', '/teams/', '/downloads/'].some((prefix) => path.startsWith(prefix));
}

/** Every file the offline copy holds, as site paths (pages in their directory form). */
export async function offlineFiles(distDir) {
  const files = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.push(path);
    }
  };
  await walk(distDir);
  return files
    .map((file) => {
      const rel = '/' + relative(distDir, file).split(sep).join('/');
      return { file, path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel };
    })
    .filter(({ path }) => kept(path))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export async function writeServiceWorker(distDir) {
  const files = await offlineFiles(distDir);
  const hash = createHash('sha256');
  for (const { file, path } of files) hash.update(path).update('\0').update(await readFile(file)).update('\0');
  const version = hash.digest('hex').slice(0, 16);
  await build({
    entryPoints: [join(root, 'src/service-worker/sw.ts')],
    outfile: join(distDir, 'sw.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    define: { APK_VERSION: JSON.stringify(version), APK_FILES: JSON.stringify(files.map((f) => f.path)) },
    logLevel: 'warning',
  });
  return { version, files: files.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const distDir = resolve(root, process.argv[2] ?? process.env.APK_DIST ?? 'dist');
  const { version, files } = await writeServiceWorker(distDir);
  console.log(`Service worker ${version}: ${files} files kept for offline use`);
}
