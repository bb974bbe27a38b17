// `npm pack` and `npm publish` (prepack): the widgets as ES modules for a council's own
// bundler, in esm/. Lit stays an import (the package's `lit` dependency), as Shoelace ships for
// npm users, so a site that imports two widgets bundles one copy of Lit. Parts a widget loads
// later are chunks beside them (esm/chunks/), shared between widgets. The self-contained files
// for the script-tag route stay in public/widgets/v1/ (build-widgets.mjs), in the package too.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { widgetEntries } from './build-widgets.mjs';
import { minifyCssTemplatesPlugin } from './minify-css-templates.mjs';

const root = resolve(import.meta.dirname, '..');
const outdir = join(root, 'esm');

/**
 * The entry points of the package build: each widget of the registry, and `index` for all of
 * them, defined at once (widgets/index.ts: a bundler splits code its own way, so the package
 * does not ship the hosted all-in-one file's loader).
 */
async function packageEntries() {
  const entries = await widgetEntries(root);
  const { widgets } = JSON.parse(await readFile(join(root, 'widgets', 'registry.json'), 'utf8'));
  return { ...Object.fromEntries(widgets.map(({ tag }) => [tag, entries[tag]])), index: join(root, 'widgets', 'index.ts') };
}

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: await packageEntries(),
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  target: 'es2022',
  // Lit, and the packages it is made of, are the site's own: its bundler resolves them once.
  external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'],
  plugins: [minifyCssTemplatesPlugin],
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
  legalComments: 'none',
  logLevel: 'warning',
});
process.stdout.write(`package modules built into ${outdir}\n`);
