// Bundles each widget into a standalone ES module, and all of them into one bundle, under a
// versioned path (public/widgets/v1/, copied into dist/ by Astro) so a council pinned to v1
// is never broken by v2.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minifyCssTemplatesPlugin } from './minify-css-templates.mjs';

export const widgetsMajor = 'v1';
const root = resolve(import.meta.dirname, '..');
// Into public/ so that Astro copies the files into dist/ and its dev server serves them too.
const outdir = resolve(root, process.argv[2] ?? 'public', 'widgets', widgetsMajor);

/** Widget folders: every folder under widgets/ with an index.ts, except shared/. */
export async function widgetEntries() {
  const names = (await readdir(join(root, 'widgets'))).filter((name) => name !== 'shared');
  const entries = {};
  for (const name of names) {
    const entry = join(root, 'widgets', name, 'index.ts');
    if ((await stat(join(root, 'widgets', name))).isDirectory() && existsSync(entry)) entries[name] = entry;
  }
  entries['attendance-kit'] = join(root, 'widgets', 'index.ts');
  return entries;
}

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
// One build per entry keeps each widget file standalone (Lit included), while a widget may
// still load its own optional parts (one checklist's text, say) later with import(): those
// land in chunks/, beside it, and are fetched from the same place as the widget itself.
for (const [name, entry] of Object.entries(await widgetEntries())) {
  await build({
    entryPoints: { [name]: entry },
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    target: 'es2022',
    minify: true,
    // Lit's production build: no dev-mode warnings, smaller.
    conditions: ['production'],
    legalComments: 'none',
    plugins: [minifyCssTemplatesPlugin],
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
    logLevel: 'warning',
  });
}

// Subresource Integrity hashes, so a council can pin the exact file it reviewed.
const integrity = {};
const files = (await readdir(outdir, { recursive: true })).filter((f) => f.endsWith('.js')).sort();
for (const file of files) {
  integrity[file] = `sha384-${createHash('sha384').update(await readFile(join(outdir, file))).digest('base64')}`;
}
await writeFile(join(outdir, 'integrity.json'), JSON.stringify(integrity, null, 2) + '\n');
console.log(`widgets built into ${outdir}`);
