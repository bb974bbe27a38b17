import { lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { copyTitle, syntheticPage, syntheticSite } from '../../scripts/synthetic-site.mjs';
import { astroPhases, childCpuSeconds, stepName } from '../../scripts/bench-build.mjs';
import { kindOf, median } from '../../scripts/bench-measure.mjs';

const page = `---
title: Why attendance matters
summary: A summary long enough for the schema.
related: [other-page]
---

Body text, kept as it was.
`;

describe('synthetic pages for the benchmark at scale', () => {
  it('copies a page under a numbered title and keeps the rest as it was', () => {
    const copy = syntheticPage(page, 7);
    const [, frontmatter, body] = copy.split(/^---$/m);
    expect(yaml.load(frontmatter!)).toEqual({ title: 'Why attendance matters (copy 7)', summary: 'A summary long enough for the schema.', related: ['other-page'] });
    expect(body).toBe(page.split(/^---$/m)[2]);
  });

  it('keeps a numbered title within the 120 characters a title may have', () => {
    expect(copyTitle('x'.repeat(120), 4999)).toHaveLength(120);
    expect(copyTitle('x'.repeat(120), 4999)).toMatch(/ \(copy 4999\)$/);
  });

  it('reads a quoted title and writes one YAML can read back', () => {
    const copy = syntheticPage(page.replace('title: Why attendance matters', 'title: "Attendance: a priority"'), 2);
    expect((yaml.load(copy.split(/^---$/m)[1]!) as { title: string }).title).toBe('Attendance: a priority (copy 2)');
  });

  it('makes a copy of the project with the pages added and its own caches', async () => {
    const project = await mkdtemp(join(tmpdir(), 'apk-bench-test-'));
    try {
      for (const [file, text] of [
        ['package.json', '{}'],
        ['content/guidance/a.mdx', page],
        ['content/guidance/b.md', page.replace('Why attendance matters', 'B')],
        ['dist/index.html', 'old build'],
        ['node_modules/astro/package.json', '{}'],
        ['node_modules/.astro/data-store.json', '{}'],
      ] as const) {
        await mkdir(join(project, file, '..'), { recursive: true });
        await writeFile(join(project, file), text);
      }
      const copy = await syntheticSite(project, 3);
      try {
        expect((await readdir(join(copy.dir, 'content/guidance'))).sort()).toEqual(['a-copy-1.mdx', 'a-copy-3.mdx', 'a.mdx', 'b-copy-2.md', 'b.md']);
        expect(await readFile(join(copy.dir, 'content/guidance/b-copy-2.md'), 'utf8')).toContain('title: "B (copy 2)"');
        expect(existsSync(join(copy.dir, 'dist'))).toBe(false);
        expect((await lstat(join(copy.dir, 'node_modules/astro'))).isSymbolicLink()).toBe(true);
        expect(existsSync(join(copy.dir, 'node_modules/.astro'))).toBe(false);
        // The project itself is untouched.
        expect((await readdir(join(project, 'content/guidance'))).sort()).toEqual(['a.mdx', 'b.md']);
      } finally {
        await copy.remove();
      }
      expect(existsSync(copy.dir)).toBe(false);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
});

describe('where the build time goes', () => {
  it('names each build step by its script or program', () => {
    expect(stepName('node scripts/build-widgets.mjs')).toBe('build-widgets');
    expect(stepName(' astro build --force ')).toBe('astro');
    expect(stepName('pagefind --site dist')).toBe('pagefind');
  });

  it('splits astro build into phases by the lines Astro logs as each starts', () => {
    const lines = [
      { at: 1500, text: '[build] Collecting build info...' },
      { at: 1700, text: '[build] Building static entrypoints...' },
      { at: 4700, text: '[build] Rearranging server assets...' },
      { at: 9000, text: '[build] 98 page(s) built in 7.5s' },
    ];
    expect(astroPhases(lines, 9200)).toEqual({ contentSync: 1.5, buildInfo: 0.2, bundle: 3, generate: 4.3, finish: 0.2 });
  });

  it("reads the CPU time of a step's processes from the shell's `times`", () => {
    expect(childCpuSeconds('0m0.010000s 0m0.004000s\n1m5.210000s 0m1.030000s\n')).toBeCloseTo(66.24);
    expect(childCpuSeconds('')).toBeUndefined();
  });

  it('leaves out a phase whose line never came, rather than guessing', () => {
    expect(astroPhases([{ at: 500, text: 'Collecting build info' }], 1000)).toEqual({ contentSync: 0.5, buildInfo: 0.5 });
  });
});

describe('what a search fetches, by kind', () => {
  it('tells Pagefind index chunks, fragments, WebAssembly and our own files apart', () => {
    expect(kindOf('/search/')).toBe('html');
    expect(kindOf('/pagefind/pagefind.js')).toBe('js');
    expect(kindOf('/pagefind/wasm.en-gb.pagefind')).toBe('wasm');
    expect(kindOf('/pagefind/index/en-gb_1a2b.pf_index')).toBe('index');
    expect(kindOf('/pagefind/pagefind.en-gb_791a.pf_meta')).toBe('index');
    expect(kindOf('/pagefind/fragment/en-gb_1a2b.pf_fragment')).toBe('fragments');
    expect(kindOf('/quickfind.json')).toBe('json');
    expect(kindOf('/favicon.svg')).toBe('other');
  });

  it('takes medians of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(3);
  });
});
