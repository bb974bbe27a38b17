/**
 * Lists of pages do not grow with the site (issue 17): built over a copy of the project with 150
 * extra guidance pages, the topic, audience and amendments lists are paged, /guidance/ shows a
 * few pages per topic with a link to the rest, and the coverage map counts what it does not name.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticSite } from '../../scripts/synthetic-site.mjs';
import { coverageSectionSize, guidanceGroupSize, listPageSize } from '../../src/lib/listing.ts';

let site: { dir: string; remove: () => Promise<void> };
const built = (path: string) => readFileSync(join(site.dir, 'dist', path, 'index.html'), 'utf8');
const count = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].length;

beforeAll(async () => {
  site = await syntheticSite(join(import.meta.dirname, '../..'), 150);
  await new Promise<void>((done, fail) =>
    execFile(
      process.execPath,
      [join(site.dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
      { cwd: site.dir, env: { ...process.env, FORCE_COLOR: '0' } },
      (error, stdout, stderr) => (error ? fail(new Error(`astro build failed:\n${stdout}${stderr}`)) : done()),
    ),
  );
}, 300_000);

afterAll(async () => {
  await site?.remove();
});

describe('lists of pages at 185 guidance pages', () => {
  it('pages a topic list, each page linking to the next and the one before', () => {
    const first = built('topics/social-worker');
    expect(count(first, /<li>\s*<h2>/g)).toBe(listPageSize);
    expect(first).toMatch(/Page 1 of \d+: 1 to 50 of [\d,]+ pages\./);
    expect(first).toContain('href="/topics/social-worker/2/" rel="next"');
    const second = built('topics/social-worker/2');
    expect(second).toContain('<title>Pupils with a social worker (page 2 of');
    expect(second).toContain('href="/topics/social-worker/" rel="prev"');
  });

  it('pages the audience lists and the amendments', () => {
    expect(count(built('audiences/practitioners'), /<li>\s*<h2>/g)).toBe(listPageSize);
    expect(existsSync(join(site.dir, 'dist/audiences/practitioners/2/index.html'))).toBe(true);
    const amendments = built('amendments');
    expect(count(amendments, /<time datetime=/g)).toBe(listPageSize);
    expect(built('amendments/2')).toContain('<ol class="amendments" start="51">');
  });

  it('shows a few pages per topic on /guidance/, with a link to all of them', () => {
    const guidance = built('guidance');
    for (const section of guidance.split('<section').slice(1)) expect(count(section, /<h3>/g)).toBeLessThanOrEqual(guidanceGroupSize);
    expect(guidance).toMatch(/<a href="\/topics\/levels-of-support\/">\s*All [\d,]+ pages in “Levels of support/);
  });

  it('names a few pages per source section on the coverage map and counts the rest', () => {
    const coverage = built('sources/coverage');
    for (const item of coverage.split('<li>').slice(1)) expect(count(item.split('</li>')[0]!, /<a /g)).toBeLessThanOrEqual(coverageSectionSize);
    expect(coverage).toMatch(/; and \d+ more pages/);
  });
});
