/**
 * The npm package: packs, installs into an empty project, and its entry points bundle and
 * type-check there as a council's own build would use them, with one copy of Lit for all.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../widgets/registry.ts';
import pkg from '../../package.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '../..');

describe('npm package', () => {
  it('exports every widget, the bundle and the manifest', () => {
    const exported = Object.keys(pkg.exports);
    expect(exported).toContain('.');
    expect(exported).toContain('./custom-elements.json');
    for (const widget of registry.widgets) expect(exported, widget.tag).toContain(`./${widget.tag}`);
  });

  it('installs into an empty project, where its modules bundle and its types check', () => {
    const work = mkdtempSync(join(tmpdir(), 'apk-pack-'));
    const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, stdio: 'pipe', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
    npm(['pack', '--pack-destination', work], root);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const project = join(work, 'council-site');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'council-site', private: true, type: 'module' }));
    npm(['install', '--prefer-offline', '--ignore-scripts', join(work, tarball)], project);
    const imports = registry.widgets.map((w) => `import '${pkg.name}/${w.tag}';`).join('\n');
    writeFileSync(
      join(project, 'main.ts'),
      `${imports}\nimport type { AttendanceCalculator } from '${pkg.name}/attendance-calculator';\n` +
        `const calc = document.createElement('attendance-calculator') as AttendanceCalculator;\nconsole.log(calc.value.mode);\n`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'ESNext',
          moduleResolution: 'Bundler',
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          noEmit: true,
          skipLibCheck: false,
          allowImportingTsExtensions: true,
          resolveJsonModule: true,
        },
      }),
    );
    execFileSync(join(root, 'node_modules/.bin/esbuild'), ['main.ts', '--bundle', '--format=esm', '--outfile=out.js'], { cwd: project, stdio: 'pipe' });
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: project, stdio: 'pipe' });
    expect(readdirSync(project)).toContain('out.js');
    // Every widget bundled together carries one Lit: the package's modules import it (issue 18, item 5).
    const bundled = readFileSync(join(project, 'out.js'), 'utf8');
    expect(bundled.match(/litHtmlVersions/g), 'copies of lit-html').toHaveLength(1);
    expect(bundled.match(/reactiveElementVersions/g), 'copies of @lit/reactive-element').toHaveLength(1);
    // The `.` export defines every widget at once for a bundler (the hosted all-in-one file is a loader instead).
    writeFileSync(
      join(project, 'all.ts'),
      `import { AttendanceCalculator, AttendanceFourIs } from '${pkg.name}';\nconsole.log(AttendanceCalculator.name, AttendanceFourIs.name);\n`,
    );
    execFileSync(join(root, 'node_modules/.bin/esbuild'), ['all.ts', '--bundle', '--format=esm', '--outfile=all.js'], { cwd: project, stdio: 'pipe' });
    const all = readFileSync(join(project, 'all.js'), 'utf8');
    for (const widget of registry.widgets) expect(all, widget.tag).toContain(`customElements.define("${widget.tag}"`);
    expect(all, 'the package’s . export is not the hosted loader').not.toContain('MutationObserver');
    // The self-contained files for the script-tag route come with the package too.
    for (const widget of registry.widgets) expect(readdirSync(join(project, 'node_modules', pkg.name, 'public/widgets/v1')), widget.tag).toContain(`${widget.tag}.js`);
  }, 180_000);
});
