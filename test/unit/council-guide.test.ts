/**
 * What the council guide and the README say about security matches the code (issue 14, item
 * 13): every source the site's policies allow beyond their own origin has a reason the guide
 * prints, and the README names it; the Trusted Types policy named is the one Lit creates; and
 * neither says reading pages run no script. The built guide is checked in test/e2e/embedding.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageCsp, widgetCsp } from '../../scripts/security-headers.mjs';
import { extraSources, trustedTypesPolicy } from '../../src/lib/csp-notes.ts';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const guide = readFileSync(resolve(root, 'src/pages/councils/index.astro'), 'utf8');

describe('the council guide and the README on security', () => {
  it('gives a reason for every source the site’s policies allow beyond their own origin', () => {
    const extras = [...extraSources(pageCsp), ...extraSources(widgetCsp)];
    // The search runs no WebAssembly (its engine is script): nothing may be compiled from text.
    expect(extras.map((e) => e.source)).not.toContain("'wasm-unsafe-eval'");
    expect(extras.map((e) => e.source)).toContain('data:');
    for (const extra of extras) expect(extra.reason, `${extra.directive} ${extra.source}`).toBeTruthy();
  });

  it('names each of those extras in the README', () => {
    for (const { directive, source } of [...extraSources(pageCsp), ...extraSources(widgetCsp)]) expect(readme, `${directive} ${source}`).toContain(`${directive} ${source}`);
  });

  it('names the Trusted Types policy Lit really creates, in the guide and the README', () => {
    const lit = readFileSync(resolve(root, 'node_modules/lit-html/lit-html.js'), 'utf8');
    expect([...lit.matchAll(/createPolicy\("([^"]+)"/g)].map((m) => m[1])).toEqual([trustedTypesPolicy]);
    expect(guide).toContain('trustedTypesPolicy');
    expect(readme).toContain(`trusted-types ${trustedTypesPolicy} 'allow-duplicates'`);
  });

  it('no longer says reading pages run no script, and says what a script on the host page can read', () => {
    for (const text of [readme, guide]) expect(text).not.toMatch(/run no script|no script at all/i);
    expect(guide).toMatch(/Any script on that intranet page[\s\S]*can read what a worker types/);
    expect(readme).toMatch(/any script on the host page can read/i);
  });
});
