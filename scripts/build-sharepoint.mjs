// `npm run build:sharepoint`: builds the SharePoint Framework package (.sppkg) with SPFx's own
// toolchain (Heft and the SPFx build rig, on the Node 22 that integrations/sharepoint brings
// as a devDependency), after putting the widgets into it through the bridge. The result is
// committed as integrations/sharepoint/sppkg/attendance-practice-kit.sppkg, so `npm test` and
// `npm run build` need neither SPFx's 1.3 GB of dependencies nor its build time; a unit test
// fails when the committed package no longer matches its inputs.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bridgeDeclarations, bridgeOutDir, bundleBridge, inputsFingerprint, root, sharepointDir, sppkgPath } from './sharepoint-package.mjs';

const run = (args) => execFileSync('npm', args, { cwd: sharepointDir, stdio: 'inherit' });

/** The package carries the kit's version: x.y.z becomes SharePoint's x.y.z.0. */
async function syncVersion() {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const solutionVersion = `${version.replace(/[-+].*$/, '')}.0`;
  const projectFile = join(sharepointDir, 'package.json');
  const project = JSON.parse(await readFile(projectFile, 'utf8'));
  if (project.version !== version) {
    project.version = version;
    await writeFile(projectFile, JSON.stringify(project, null, 2) + '\n');
  }
  const solutionFile = join(sharepointDir, 'config', 'package-solution.json');
  const solution = JSON.parse(await readFile(solutionFile, 'utf8'));
  solution.solution.version = solutionVersion;
  for (const feature of solution.solution.features) feature.version = solutionVersion;
  await writeFile(solutionFile, JSON.stringify(solution, null, 2) + '\n');
}

await syncVersion();
const bridge = await bundleBridge();
const declarations = await bridgeDeclarations();
const fingerprint = await inputsFingerprint(bridge, declarations);
await mkdir(bridgeOutDir, { recursive: true });
await writeFile(join(bridgeOutDir, 'index.js'), bridge);
await writeFile(join(bridgeOutDir, 'index.d.ts'), declarations);
await writeFile(join(bridgeOutDir, 'build.js'), `export var inputsFingerprint = ${JSON.stringify(fingerprint)};\n`);
await writeFile(join(bridgeOutDir, 'build.d.ts'), 'export declare const inputsFingerprint: string;\n');

// npm runs the project's scripts with its node_modules/.bin first on PATH: Node 22 for Heft.
if (!existsSync(join(sharepointDir, 'node_modules', '.bin', 'heft'))) run(['ci', '--no-audit', '--no-fund']);
run(['run', 'build']);

await mkdir(join(sharepointDir, 'sppkg'), { recursive: true });
await copyFile(join(sharepointDir, 'sharepoint', 'solution', 'attendance-practice-kit.sppkg'), sppkgPath);
console.log(`SharePoint package written to ${sppkgPath} (inputs ${fingerprint})`);
