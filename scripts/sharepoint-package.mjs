// What the SharePoint package is built from, written once for the build script
// (scripts/build-sharepoint.mjs) and the test that checks the committed .sppkg is not stale
// (integrations/sharepoint/test/sppkg.unit.test.ts).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { esbuildOptions } from './build-widgets.mjs';

export const root = resolve(import.meta.dirname, '..');
export const sharepointDir = join(root, 'integrations', 'sharepoint');
/** The committed package, built by `npm run build:sharepoint`; `npm run build` copies it into dist/downloads/. */
export const sppkgPath = join(sharepointDir, 'sppkg', 'attendance-practice-kit.sppkg');
/** Where the bridge lands inside the SPFx project (generated, not committed). */
export const bridgeOutDir = join(sharepointDir, 'src', 'kit-bridge');
/** The attribute the web part puts on its element, holding the fingerprint of what it was built from. */
export const buildAttribute = 'data-attendance-kit-build';

/**
 * The bridge (the widgets, Lit and the web parts' settings logic) as one ES module with no
 * chunks: SharePoint serves it from the package's ClientSideAssets, and a single file needs
 * no public-path set-up at run time. Resolves with the JavaScript text.
 */
export async function bundleBridge() {
  const result = await build({ ...esbuildOptions, entryPoints: [join(sharepointDir, 'bridge', 'index.ts')], splitting: false, write: false });
  return result.outputFiles[0].text;
}

/** The bridge's declaration file for the SPFx TypeScript compiler: the types-only api.ts and its default export. */
export async function bridgeDeclarations() {
  const api = await readFile(join(sharepointDir, 'bridge', 'api.ts'), 'utf8');
  return `${api}\ndeclare const bridge: KitBridge;\nexport default bridge;\n`;
}

/** The SPFx project's own files that shape the package: sources, manifests, config, dependencies. */
async function projectFiles() {
  const files = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== bridgeOutDir) await walk(path);
      } else files.push(path);
    }
  };
  await walk(join(sharepointDir, 'src'));
  await walk(join(sharepointDir, 'config'));
  files.push(...['package.json', 'package-lock.json', 'tsconfig.json'].map((name) => join(sharepointDir, name)));
  return files.sort();
}

/**
 * A fingerprint of everything the package is built from: the bridge bundle (so any change to
 * a widget, its content or Lit) and the SPFx project's files. The build puts it in the web
 * part; the staleness test recomputes it and compares.
 */
export async function inputsFingerprint(bridgeText, declarations) {
  const hash = createHash('sha256');
  hash.update('bridge\0').update(bridgeText).update('\0declarations\0').update(declarations).update('\0');
  for (const file of await projectFiles()) {
    const name = relative(sharepointDir, file).split(sep).join('/');
    // Line endings as git may check them out on Windows must not change the fingerprint.
    hash
      .update(name)
      .update('\0')
      .update((await readFile(file, 'utf8')).replace(/\r\n/g, '\n'))
      .update('\0');
  }
  return `sha256-${hash.digest('hex')}`;
}
