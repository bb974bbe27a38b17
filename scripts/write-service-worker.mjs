// Writes dist/sw.js for the built site: the worker in src/service-worker/, with this build's
// file list and a version made from every file's content, so that any change to the site gives
// a new worker that replaces the old offline copy (issue 9). Run after Pagefind, which adds the
// search index the copy must include.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');

/**
 * Files never put in the offline copy: server config, the worker itself, iframe embeds, and
 * widget files only councils' pages use: the single-file builds, and the previous release's
 * chunks, kept for pages opened before a deploy (scripts/build-widgets.mjs).
 */
function kept(path, previousChunks) {
  return path !== '/_headers' && path !== '/sw.js' && !path.startsWith('/embed/') && !path.startsWith('/widgets/v1/single/') && !previousChunks.has(path);
}

async function previousReleaseChunks(distDir) {
  const manifest = join(distDir, 'widgets', 'v1', 'release.json');
  if (!existsSync(manifest)) return new Set();
  const { previous } = JSON.parse(await readFile(manifest, 'utf8'));
  return new Set(previous.map((file) => `/widgets/v1/${file}`));
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
  const previousChunks = await previousReleaseChunks(distDir);
  return files
    .map((file) => {
      const rel = '/' + relative(distDir, file).split(sep).join('/');
      return { file, path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel };
    })
    .filter(({ path }) => kept(path, previousChunks))
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
  const distDir = resolve(process.argv[2] ?? join(root, 'dist'));
  const { version, files } = await writeServiceWorker(distDir);
  console.log(`Service worker ${version}: ${files} files kept for offline use`);
}
