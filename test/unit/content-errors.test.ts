/**
 * A bad content entry must fail the build with a message naming the file and the field.
 * Each case builds a throwaway copy of the project with one deliberate fault.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const made: string[] = [];

function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'apk-content-'));
  made.push(dir);
  for (const part of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public', 'widgets', 'scripts', 'integrations']) {
    // integrations/sharepoint has its own node_modules (SPFx's, when it has been built here): the site build needs none of it.
    cpSync(join(root, part), join(dir, part), { recursive: true, filter: (source) => !source.split(sep).includes('node_modules') });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function build(dir: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env: { ...process.env, FORCE_COLOR: '0' } }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr }),
    );
  });
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
  writeFileSync(path, after);
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('content validation fails the build', () => {
  it('names the file and the field when a frontmatter field is wrong', async () => {
    const dir = projectCopy();
    edit(dir, 'content/guidance/why-attendance-matters.md', (t) => t.replace('audiences: [practitioners,', 'audiences: [social-workers,'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('content/guidance/why-attendance-matters.md');
    expect(output).toMatch(/audiences\.0/);
  });

  it('names the file and the field when a required field is missing', async () => {
    const dir = projectCopy();
    edit(dir, 'content/guidance/why-attendance-matters.md', (t) => t.replace(/^lastReviewed: .*\n/m, ''));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('content/guidance/why-attendance-matters.md');
    expect(output).toContain('lastReviewed');
  });

  it('rejects a citation of an unknown source, naming the file and the source', async () => {
    const dir = projectCopy();
    edit(dir, 'content/guidance/why-attendance-matters.md', (t) => t.replace('source: senior-leaders-2026', 'source: made-up-guide'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('content/guidance/why-attendance-matters.md');
    expect(output).toMatch(/citations\.\d+\.source/);
    expect(output).toContain('unknown source "made-up-guide"');
  });

  it('rejects a citation of a section the source does not have', async () => {
    const dir = projectCopy();
    edit(dir, 'content/guidance/why-attendance-matters.md', (t) => t.replace('section: The importance of regular attendance', 'section: A section nobody wrote'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('has no section "A section nobody wrote"');
  });

  it('rejects a typed data file with a wrong field, naming the file', async () => {
    const dir = projectCopy();
    edit(dir, 'content/factors.json', (t) => t.replace('"lane": "pull"', '"lane": "sideways"'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('content/factors.json');
    expect(output).toContain('lane');
  });

  it("rejects a four i's role that points at no glossary entry, naming the file", async () => {
    const dir = projectCopy();
    edit(dir, 'content/four-is-roles.json', (t) => t.replace('"glossary": "designated-teacher"', '"glossary": "no-such-term"'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('four-is-roles.json');
    expect(output).toContain('expected the id of an entry in content/glossary.yaml');
  });

  it('rejects a sample case that does not say it is fictional, naming the file and the field', async () => {
    const dir = projectCopy();
    edit(dir, 'content/sample-cases/alex-year-7.json', (t) => t.replace('"title": "Alex, Year 7 (fictional)"', '"title": "Alex, Year 7"'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('alex-year-7');
    expect(output).toContain('title');
    expect(output).toContain('expected the title to say "(fictional)"');
  });

  it('rejects a related page that does not exist', async () => {
    const dir = projectCopy();
    edit(dir, 'content/guidance/why-attendance-matters.md', (t) => t.replace('related: []', 'related: [no-such-page]'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('related page "no-such-page" does not exist');
  });
});
