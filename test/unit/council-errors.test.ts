/**
 * A broken council folder stops the real build before any page is made, and the message names
 * the settings file and every faulty field, as content errors do (content-errors.test.ts).
 * One build carries five faults in council.json: the settings are checked at once, so the build
 * stops on the first check and lists them all. council-settings.test.ts refuses each fault on its
 * own. A local page's frontmatter is checked like any content collection's. A folder written
 * against an older release builds with warnings, unless its text links to a guidance page that
 * is gone (a broken link stops any build).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { councilCopies, root } from '../helpers/council.ts';

const copy = councilCopies();
const outDir = mkdtempSync(join(tmpdir(), 'apk-council-dist-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function build(councilDir: string, out = outDir): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'],
      { cwd: root, env: { ...process.env, FORCE_COLOR: '0', APK_COUNCIL: councilDir, APK_DIST: out } },
      // Astro colours its warnings even with FORCE_COLOR=0: the codes are taken out to read the words.
      // eslint-disable-next-line no-control-regex -- the escape character starts each colour code
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: (stdout + stderr).replace(/\x1b\[[0-9;]*m/g, '') }),
    );
  });
}

describe('a broken council folder fails the build', () => {
  it('names the settings file and each field: unknown key, contact, local note, colours, logo', async () => {
    const dir = copy((settings, folder) => {
      Object.assign(settings, { colour: '#000000' });
      const contact = settings.contacts[1]!;
      delete contact.phone;
      delete contact.email;
      delete contact.page;
      Object.assign(settings.localNotes[0]!, { page: 'no-such-page' });
      Object.assign(settings.brand, { accentText: '#5a9aa5' });
      const logo = join(folder, 'logo.svg');
      writeFileSync(logo, readFileSync(logo, 'utf8').replace('<title>', '<rect onload="alert(1)" width="1" height="1"/><title>'));
    });
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain(`${dir}/council.json is not valid`);
    expect(output).toContain('Unrecognized key: "colour"');
    expect(output).toContain('contacts.1: give at least one way to contact the team');
    expect(output).toContain('localNotes.0.page: no national guidance page "no-such-page"');
    expect(output).toMatch(/brand\.accentText: contrast of accentText on accent is [\d.]+:1/);
    expect(output).toContain('brand.logo: "logo.svg" was refused: it has an event attribute');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  it('names a local page and its field when its citation gives no way to find the document', async () => {
    const dir = copy((_settings, folder) => {
      const page = join(folder, 'pages/attendance-sharing-form.mdx');
      writeFileSync(page, readFileSync(page, 'utf8').replace('    reference: ACC-ATT-011 (fictional)\n', ''));
    });
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('attendance-sharing-form');
    expect(output).toContain('citations.0.url');
    expect(output).toContain('give a url or a reference, so a reader can find the document');
  });
});

describe('a council folder written against an older release', () => {
  it('builds, warning about a local page that builds on a removed national page or links to a removed checklist, and leaves the removed page out of its links', async () => {
    const dir = copy((_settings, folder) => {
      const page = join(folder, 'pages/attendance-panel.mdx');
      writeFileSync(
        page,
        `${readFileSync(page, 'utf8').replace('relatesTo: [multi-agency-working,', 'relatesTo: [a-removed-page, multi-agency-working,')}\nUse [the old checklist](/checklists/a-retired-checklist/).\n`,
      );
    });
    const out = mkdtempSync(join(tmpdir(), 'apk-council-dist-'));
    try {
      const { code, output } = await build(dir, out);
      const file = `${dir}/pages/attendance-panel.mdx`;
      expect(output).toContain(`[council-edition] ${file}: points at /guidance/a-removed-page/, which is not in this release of the national kit (removed or renamed)`);
      expect(output).toContain(`[council-edition] ${file}: points at /checklists/a-retired-checklist/, which is not in this release of the national kit (removed or renamed)`);
      expect(code).toBe(0);
      const built = readFileSync(join(out, 'local/attendance-panel/index.html'), 'utf8');
      expect(built).toContain('href="/guidance/multi-agency-working/"');
      expect(built).not.toContain('a-removed-page');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('warns about each local page linking to a national page the release removed, naming the page; a guidance link that goes nowhere then stops the build', async () => {
    const dir = copy((_settings, folder) => {
      const page = join(folder, 'pages/attendance-panel.mdx');
      writeFileSync(page, `${readFileSync(page, 'utf8')}\nSee [the old checklist](/checklists/a-retired-checklist/) and [the old page](/guidance/a-removed-page/).\n`);
    });
    const { code, output } = await build(dir);
    const file = `${dir}/pages/attendance-panel.mdx`;
    expect(output).toContain(`[council-edition] ${file}: points at /guidance/a-removed-page/, which is not in this release of the national kit (removed or renamed)`);
    expect(output).toContain(`[council-edition] ${file}: points at /checklists/a-retired-checklist/, which is not in this release of the national kit (removed or renamed)`);
    expect(code).not.toBe(0);
    expect(output).toContain(`${file}: link to /guidance/a-removed-page/, but content/guidance/ has no page "a-removed-page"`);
  });
});

describe('the build command', () => {
  it('refuses `npm run build -- --council <folder>`, which would reach only its last step, naming the commands that build an edition', async () => {
    const { code, output } = await new Promise<{ code: number; output: string }>((done) =>
      execFile(process.execPath, [join(root, 'scripts/write-service-worker.mjs'), '--council', 'examples/anyshire'], { cwd: root }, (error, stdout, stderr) =>
        done({ code: typeof error?.code === 'number' ? error.code : 0, output: stdout + stderr }),
      ),
    );
    expect(code).toBe(2);
    expect(output).toContain('npm run build takes no --council');
    expect(output).toContain('npm run build:edition -- --council <folder>');
    expect(output).toContain('APK_COUNCIL=<folder> npm run build');
  });
});
