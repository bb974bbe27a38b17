// Bundles each widget into a standalone ES module, and all of them into one bundle, under a
// versioned path (dist/widgets/v1/) so a council pinned to v1 is never broken by v2.
import { build } from 'esbuild';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const widgetsMajor = 'v1';
const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, process.argv[2] ?? 'dist', 'widgets', widgetsMajor);

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

await mkdir(outdir, { recursive: true });
await build({
  entryPoints: await widgetEntries(),
  outdir,
  bundle: true,
  splitting: false,
  format: 'esm',
  target: 'es2022',
  minify: true,
  // Lit's production build: no dev-mode warnings, smaller.
  conditions: ['production'],
  legalComments: 'none',
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
  logLevel: 'warning',
});
console.log(`widgets built into ${outdir}`);
