/**
 * What the search indexes of a page: its prose, not code listings. The council pages and the
 * tool pages show embed snippets, configuration and commands; indexed, their words ("class",
 * "title", "session", "local", "allow") matched questions about children ("behind the rest of
 * the class") with pages about pasting code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return astroFiles(path);
    return entry.name.endsWith('.astro') ? [path] : [];
  });
}

describe('the search index', () => {
  it('leaves out every code listing the site shows', () => {
    const listings = astroFiles(src).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/<pre\b[^>]*>/g)].map((m) => ({ file, tag: m[0] })));
    expect(listings.length).toBeGreaterThan(10);
    for (const { file, tag } of listings) expect(tag, file).toMatch(/\bdata-pagefind-ignore\b/);
  });

  it('leaves out every hash the build writes into a page', () => {
    // A hash changes with each build and is no word anyone types, but indexed, Pagefind's
    // fallback for a word it does not know (the longest start it has) can match a typo to it:
    // "timtable" found the council guide's import map hash instead of being corrected.
    const hashes = astroFiles(src).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<code\b[^>]*>\{[^}]*(?:hash|Hash|commit)\}<\/code>/g)].map((m) => ({ file, tag: m[0] })),
    );
    expect(hashes.length).toBeGreaterThanOrEqual(3);
    for (const { file, tag } of hashes) expect(tag, file).toMatch(/\bdata-pagefind-ignore\b/);
  });
});
