// Writes the offline copy's files for the built site (issue 9, issue 17): dist/sw.js, the worker
// in src/service-worker/ with this build's core (what a first visit saves: content/offline.json
// says which files) and each core file's revision, and dist/offline-manifest.json, every file
// with its revision and size, which the worker reads only to save everything or to keep a whole
// copy up to date. Revisions are per file, so a new build costs a returning reader only the files
// that changed. Run after Pagefind, which adds the search index.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
export const manifestPath = '/offline-manifest.json';
/** The core a first visit saves stays within this, in bytes sent gzipped, whatever the site's size. */
export const coreBudgetGzipBytes = 1.5 * 1024 * 1024;

/**
 * Files never put in the offline copy: server config, the worker and its manifest, pages that
 * live inside other sites' pages (iframe embeds, Teams tabs), the platform packages councils
 * download, widget files only councils' pages use: the single-file builds, and the previous
 * release's chunks, kept for pages opened before a deploy (scripts/build-widgets.mjs), and
 * Pagefind's own search runtime and interfaces (its scripts, styles and WebAssembly), which the
 * site's search does not load (src/lib/search/engine/ reads the index itself).
 */
function kept(path, previousChunks) {
  return (
    path !== '/_headers' &&
    path !== '/sw.js' &&
    path !== manifestPath &&
    !['/embed/', '/teams/', '/downloads/', '/widgets/v1/single/'].some((prefix) => path.startsWith(prefix)) &&
    !previousChunks.has(path) &&
    !/^\/pagefind\/[^/]+\.(js|css|pagefind)$/.test(path)
  );
}

async function previousReleaseChunks(distDir) {
  const manifest = join(distDir, 'widgets', 'v1', 'release.json');
  if (!existsSync(manifest)) return new Set();
  const { previous } = JSON.parse(await readFile(manifest, 'utf8'));
  return new Set(previous.map((file) => `/widgets/v1/${file}`));
}

/** Every file the offline copy can hold, as site paths (pages in their directory form). */
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
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A site-path pattern of content/offline.json as a regular expression: `*` within a segment, `**` across. */
export function pathPattern(rule) {
  const body = rule.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*|\*/g, (star) => (star === '**' ? '.*' : '[^/]*'));
  return new RegExp(`^${body}$`);
}

/**
 * The files of the core: those matching a rule. Throws, naming the rule, when a rule matches no
 * file (a page renamed or removed), so the list cannot drift from the site unseen.
 * @param {{ path: string }[]} files
 * @param {string[]} rules
 */
export function coreFiles(files, rules) {
  const patterns = rules.map((rule) => ({ rule, pattern: pathPattern(rule), used: false }));
  const core = files.filter((f) => {
    const matching = patterns.filter((p) => p.pattern.test(f.path));
    for (const p of matching) p.used = true;
    return matching.length > 0;
  });
  const unused = patterns.filter((p) => !p.used).map((p) => p.rule);
  if (unused.length > 0) throw new Error(`content/offline.json: no built file matches ${unused.map((r) => `"${r}"`).join(', ')}. Remove or correct the rule.`);
  return core;
}

/**
 * Every file with its revision (a hash of its content) and size, as it is stored and as it is
 * sent gzipped. The gzipped size is gzip's fastest level, a little above what a server sends: it
 * is only the size "Save everything" shows, and the best level over every file of a large site
 * would cost the build more than anything else it does per page.
 */
export async function describeFiles(distDir) {
  return Promise.all(
    (await offlineFiles(distDir)).map(async ({ file, path }) => {
      const body = await readFile(file);
      return {
        file,
        path,
        revision: createHash('sha256').update(body).digest('hex').slice(0, 12),
        bytes: body.length,
        gzipBytes: gzipSync(body, { level: 1 }).length,
      };
    }),
  );
}

/** The core's files with their size as a server sends them (gzip's usual level), for its budget. */
async function withServedSize(core) {
  return Promise.all(core.map(async (f) => ({ ...f, gzipBytes: gzipSync(await readFile(f.file)).length })));
}

/** Says how far over its budget the core is and what weighs most in it. */
function overBudget(core, total) {
  const heaviest = [...core].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 8);
  return (
    `The offline core is ${(total / 1024).toFixed(0)} KB gzipped, over its budget of ${(coreBudgetGzipBytes / 1024).toFixed(0)} KB. ` +
    `Take pages off content/offline.json or make files smaller. Heaviest: ${heaviest.map((f) => `${f.path} ${(f.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}`
  );
}

/** The rules of content/offline.json (or of KIT_CONTENT_DIR's copy). */
export async function readRules() {
  const file = resolve(process.env.KIT_CONTENT_DIR ?? join(root, 'content'), 'offline.json');
  const { core } = JSON.parse(await readFile(file, 'utf8'));
  if (!Array.isArray(core) || core.some((rule) => typeof rule !== 'string' || !rule.startsWith('/'))) {
    throw new Error('content/offline.json: "core" must be a list of site paths starting with "/"');
  }
  return core;
}

/**
 * Writes dist/sw.js and dist/offline-manifest.json. `rules` defaults to content/offline.json.
 * @param {string} distDir
 * @param {{ rules?: string[] }} [options]
 */
export async function writeServiceWorker(distDir, { rules } = {}) {
  const files = await describeFiles(distDir);
  const core = await withServedSize(coreFiles(files, rules ?? (await readRules())));
  const coreGzipBytes = core.reduce((sum, f) => sum + f.gzipBytes, 0);
  if (coreGzipBytes > coreBudgetGzipBytes) throw new Error(overBudget(core, coreGzipBytes));
  const total = (key) => files.reduce((sum, f) => sum + f[key], 0);
  const everything = { files: files.length, bytes: total('bytes'), gzipBytes: total('gzipBytes') };
  // The search index as a whole: what is kept of it after use is dropped when it changes.
  const searchIndex = files.find((f) => f.path === '/pagefind/pagefind-entry.json')?.revision ?? '';
  const version = createHash('sha256')
    .update(JSON.stringify(files.map((f) => [f.path, f.revision])))
    .digest('hex')
    .slice(0, 16);
  await writeFile(join(distDir, manifestPath), JSON.stringify({ version, files: files.map((f) => [f.path, f.revision, f.bytes]) }));
  await build({
    entryPoints: [join(root, 'src/service-worker/sw.ts')],
    outfile: join(distDir, 'sw.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    define: {
      APK_VERSION: JSON.stringify(version),
      APK_CORE: JSON.stringify(core.map((f) => [f.path, f.revision])),
      APK_SEARCH_INDEX: JSON.stringify(searchIndex),
      APK_EVERYTHING: JSON.stringify(everything),
    },
    logLevel: 'warning',
  });
  return { version, files: files.length, core: { files: core.length, bytes: core.reduce((sum, f) => sum + f.bytes, 0), gzipBytes: coreGzipBytes }, everything };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // This is the build's last step, the only one npm hands `npm run build -- --council x` to.
  if (process.argv[2]?.startsWith('--')) {
    console.error(
      `npm run build takes no ${process.argv[2]}: npm hands extra arguments to its last step only, so dist/ now holds the national edition.\n` +
        "To build a council's edition: npm run build:edition -- --council <folder> [--out <folder>], or APK_COUNCIL=<folder> npm run build",
    );
    process.exit(2);
  }
  const distDir = resolve(root, process.argv[2] ?? process.env.APK_DIST ?? 'dist');
  const { version, core, everything } = await writeServiceWorker(distDir);
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `Service worker ${version}: a first visit saves ${core.files} files (${kb(core.gzipBytes)} gzipped); everything is ${everything.files} files (${kb(everything.gzipBytes)} gzipped)`,
  );
}
