/**
 * Data flows one way: content/ -> widgets. A widget release is built from widgets/ and content/
 * alone (scripts/build-widgets.mjs, and a deploy's previous release in test/e2e/deploy.test.ts),
 * so a widget module that imports the site's code (src/) or a script breaks that build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const widgets = join(repo, 'widgets');
const allowed = [widgets, join(repo, 'content')];

const sources = (readdirSync(widgets, { recursive: true }) as string[])
  .filter((file) => /\.(ts|js|mjs|json)$/.test(file) && !/\.test\.ts$/.test(file))
  .map((file) => join(widgets, file));

/** Every relative module a file imports, statically or lazily. */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

describe('the widget sources', () => {
  it('are found', () => {
    expect(sources.length).toBeGreaterThan(20);
    expect(relativeImports(join(widgets, 'shared/config.ts'))).toContain('./on-this-site.ts');
  });

  it('import nothing outside widgets/ and content/', () => {
    const outside = sources.flatMap((file) =>
      relativeImports(file)
        .map((spec) => resolve(dirname(file), spec))
        .filter((target) => !allowed.some((dir) => target.startsWith(dir + '/')))
        .map((target) => `${relative(repo, file)} -> ${relative(repo, target)}`),
    );
    expect(outside).toEqual([]);
  });
});
