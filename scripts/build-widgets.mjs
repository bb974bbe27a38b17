// Bundles each widget into a standalone ES module, and all of them into one bundle, under a
// versioned path (public/widgets/v1/, copied into dist/ by Astro) so a council pinned to v1
// is never broken by v2.
//
// Beside the modules it writes (issue 14, items 3 and 6):
// - chunks/: the parts a widget loads later, named by their content's hash, plus the chunks of
//   the previous release, so that a page opened before a deploy still finds its own parts;
//   release.json says which are which. The previous release is the folder this build replaces,
//   or WIDGETS_PREVIOUS_RELEASE (a copy of the deployed widgets/v1/, for a build on a fresh
//   machine).
// - single/: each widget as one file with every part inside, for councils that pin one file.
// - integrity.json: a Subresource Integrity hash for every file of this release; pins.json:
//   for each widget module, its hash and those of every chunk it can load, from which the
//   council guide and the embed code generator write an import map that pins them all.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minifyCssTemplatesPlugin } from './minify-css-templates.mjs';
import { partsImportShell, partsSharingFirstLoad } from './parts-import-shell.mjs';

export const widgetsMajor = 'v1';
const projectRoot = resolve(import.meta.dirname, '..');

/** Widget folders: every folder under widgets/ with an index.ts, except shared/. */
export async function widgetEntries(root = projectRoot) {
  const names = (await readdir(join(root, 'widgets'))).filter((name) => name !== 'shared');
  const entries = {};
  for (const name of names) {
    const entry = join(root, 'widgets', name, 'index.ts');
    if ((await stat(join(root, 'widgets', name))).isDirectory() && existsSync(entry)) entries[name] = entry;
  }
  // The all-in-one file: a loader that defines each widget when its tag appears (widgets/loader.ts).
  entries['attendance-kit'] = join(root, 'widgets', 'loader.ts');
  return entries;
}

/** The Subresource Integrity hash of a file's bytes. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** How every widget bundle is made, here and for the SharePoint web part's bridge (sharepoint-package.mjs). */
export const esbuildOptions = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  // Lit's production build: no dev-mode warnings, smaller.
  conditions: ['production'],
  legalComments: 'none',
  plugins: [minifyCssTemplatesPlugin],
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
  logLevel: 'warning',
};

/** Files under a folder, as paths relative to it with forward slashes. */
async function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * The chunks of a release folder that a page of that release can load: those its
 * release.json lists as its own, or, for a folder built before release.json existed, all.
 */
async function releaseChunks(dir) {
  const manifest = join(dir, 'release.json');
  if (existsSync(manifest)) return JSON.parse(await readFile(manifest, 'utf8')).chunks;
  return (await filesUnder(dir)).filter((file) => file.startsWith('chunks/'));
}

/**
 * Builds the widgets from `root` into `outdir`, keeping the chunks of `previousDir`'s release.
 * Returns what release.json records.
 */
export async function buildWidgets({ root = projectRoot, outdir, previousDir = outdir }) {
  // Read before the folder is emptied: the previous release may be this very folder.
  const previous = new Map();
  for (const file of await releaseChunks(previousDir).catch(() => [])) {
    const path = join(previousDir, file);
    if (existsSync(path)) previous.set(file, await readFile(path));
  }

  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const entries = await widgetEntries(root);
  /** For each widget module, every chunk it can load, now or later. */
  const chunksOf = {};
  // One build per entry keeps each widget file standalone (Lit included), while a widget may
  // still load its own optional parts (one checklist's text, say) later with import(): those
  // land in chunks/, beside it, and are fetched from the same place as the widget itself.
  for (const [name, entry] of Object.entries(entries)) {
    const out = (path) => relative(outdir, resolve(root, path)).split(sep).join('/');
    const split = { ...esbuildOptions, absWorkingDir: root, entryPoints: { [name]: entry }, outdir, splitting: true, chunkNames: 'chunks/[name]-[hash]', metafile: true };
    // Built twice: the first build finds the parts that share code with the first load, the
    // second makes them import all of it, so that the first load is one chunk (parts-import-shell.mjs).
    const trial = await build({ ...split, write: false });
    const parts = partsSharingFirstLoad(
      trial.metafile,
      Object.keys(trial.metafile.outputs).find((path) => out(path) === `${name}.js`),
    );
    const { metafile } = await build({ ...split, plugins: [partsImportShell({ entry, parts, root }), ...esbuildOptions.plugins] });
    const reachable = new Set();
    const walk = (path) => {
      for (const next of metafile.outputs[path].imports) {
        if (next.external || reachable.has(next.path)) continue;
        reachable.add(next.path);
        walk(next.path);
      }
    };
    const own = Object.keys(metafile.outputs).find((path) => out(path) === `${name}.js`);
    walk(own);
    chunksOf[`${name}.js`] = [...reachable].map(out).sort();
    // The same widget as one file, every part inside: one hash pins all of it.
    if (reachable.size > 0) await build({ ...esbuildOptions, absWorkingDir: root, entryPoints: { [name]: entry }, outdir: join(outdir, 'single'), splitting: false });
  }

  const current = (await filesUnder(outdir)).filter((file) => file.endsWith('.js')).sort();
  const integrity = {};
  for (const file of current) integrity[file] = integrityOf(await readFile(join(outdir, file)));
  await writeFile(join(outdir, 'integrity.json'), JSON.stringify(integrity, null, 2) + '\n');

  const pins = {};
  for (const [module, chunks] of Object.entries(chunksOf)) {
    pins[module] = { integrity: integrity[module], chunks: Object.fromEntries(chunks.map((chunk) => [chunk, integrity[chunk]])) };
  }
  await writeFile(join(outdir, 'pins.json'), JSON.stringify(pins, null, 2) + '\n');

  // The previous release's chunks that this one does not have (names are content hashes, so
  // a chunk that did not change is the same file). Only one release back: an older page than
  // that is reloaded long since.
  const kept = [];
  for (const [file, bytes] of previous) {
    if (existsSync(join(outdir, file))) continue;
    await mkdir(resolve(outdir, file, '..'), { recursive: true });
    await writeFile(join(outdir, file), bytes);
    kept.push(file);
  }
  const release = { chunks: current.filter((file) => file.startsWith('chunks/')), previous: kept.sort() };
  await writeFile(join(outdir, 'release.json'), JSON.stringify(release, null, 2) + '\n');
  return release;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // Into public/ so that Astro copies the files into dist/ and its dev server serves them too.
  const outdir = resolve(projectRoot, process.argv[2] ?? 'public', 'widgets', widgetsMajor);
  const previousDir = process.env.WIDGETS_PREVIOUS_RELEASE ? resolve(process.env.WIDGETS_PREVIOUS_RELEASE) : outdir;
  const { previous } = await buildWidgets({ outdir, previousDir });
  console.log(`widgets built into ${outdir}${previous.length ? `, with ${previous.length} chunks of the previous release` : ''}`);
}
