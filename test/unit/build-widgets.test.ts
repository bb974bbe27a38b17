/**
 * The widget build (scripts/build-widgets.mjs) for councils and deploys (issue 14, items 3
 * and 6): the previous release's chunks are kept beside the new ones, one release back; each
 * widget's pins list every chunk it can load, with hashes that match the files; and each
 * widget also comes as one file that loads nothing more. A real deploy with a page left open
 * is test/e2e/deploy.test.ts. Issue 17 item 4: each widget's first load keeps a margin under its
 * budget, measured as the bench measures it, and the all-in-one file is a small loader.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWidgets, integrityOf } from '../../scripts/build-widgets.mjs';
import { gz, helperModules, widgetBudgets, widgetModules, withPartsGzipBytes } from '../../scripts/bench-widgets.mjs';
import { registry } from '../../widgets/registry.ts';

const scratch = resolve(import.meta.dirname, '../../test-output/build-widgets');
const previousDir = join(scratch, 'deployed');
const outdir = join(scratch, 'v1');
let release: { chunks: string[]; previous: string[] };

beforeAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  // The release now deployed: one chunk of its own, and one it kept from the release before.
  mkdirSync(join(previousDir, 'chunks'), { recursive: true });
  writeFileSync(join(previousDir, 'chunks', 'storage-faults-OLDHASH1.js'), 'export const deployed = 1;\n');
  writeFileSync(join(previousDir, 'chunks', 'storage-faults-OLDHASH0.js'), 'export const older = 0;\n');
  writeFileSync(join(previousDir, 'release.json'), JSON.stringify({ chunks: ['chunks/storage-faults-OLDHASH1.js'], previous: ['chunks/storage-faults-OLDHASH0.js'] }));
  release = await buildWidgets({ outdir, previousDir });
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const read = (file: string) => readFileSync(join(outdir, file));
const json = <T>(file: string) => JSON.parse(read(file).toString('utf8')) as T;

describe('the widget build', () => {
  it('keeps the chunks of the release it replaces, and only those: not the ones that release had kept', () => {
    expect(release.previous).toEqual(['chunks/storage-faults-OLDHASH1.js']);
    expect(read('chunks/storage-faults-OLDHASH1.js').toString()).toBe('export const deployed = 1;\n');
    expect(existsSync(join(outdir, 'chunks/storage-faults-OLDHASH0.js'))).toBe(false);
    expect(json<typeof release>('release.json')).toEqual(release);
    expect(release.chunks.length).toBeGreaterThan(5);
    expect(release.chunks.every((file) => /^chunks\/[\w-]+-[A-Z0-9]{8}\.js$/.test(file))).toBe(true);
  });

  it('pins every chunk each widget module imports, now or later, with hashes of the files as built', () => {
    const pins = json<Record<string, { integrity: string; chunks: Record<string, string> }>>('pins.json');
    for (const [module, pin] of Object.entries(pins)) {
      expect(pin.integrity, module).toBe(integrityOf(read(module)));
      // Every import in the module and its chunks, static or dynamic, is among its pins.
      const seen = new Set<string>();
      const walk = (file: string) => {
        const code = read(file).toString('utf8');
        for (const [, spec] of code.matchAll(/(?:from|import\(|import)\s*"(\.\.?\/[^"]+)"/g)) {
          const target = join(file, '..', spec!).replace(/\\/g, '/');
          if (seen.has(target)) continue;
          seen.add(target);
          expect(pin.chunks[target], `${module} → ${target}`).toBe(integrityOf(read(target)));
          walk(target);
        }
      };
      walk(module);
      expect(Object.keys(pin.chunks).sort(), module).toEqual([...seen].sort());
    }
    expect(Object.keys(pins['attendance-checklist.js']!.chunks).some((file) => file.startsWith('chunks/storage-faults-'))).toBe(true);
  });

  it('builds each widget with parts as a single file that imports nothing, with its hash', () => {
    const integrity = json<Record<string, string>>('integrity.json');
    for (const tag of ['attendance-calculator', 'attendance-checklist', 'attendance-push-pull', 'attendance-four-is']) {
      const code = read(`single/${tag}.js`).toString('utf8');
      expect(code, tag).not.toMatch(/(?:from|import\(|import)\s*"\.\.?\//);
      expect(integrity[`single/${tag}.js`]).toBe(integrityOf(read(`single/${tag}.js`)));
    }
    expect(integrity['chunks/storage-faults-OLDHASH1.js'], 'hashes are for this release’s files').toBeUndefined();
  });

  it('keeps each widget’s first load (its file and the chunks it imports) at least 1 KB under its 20 KB budget, in one chunk beside the file', () => {
    const modules = widgetModules(outdir);
    for (const { tag } of registry.widgets) {
      const module = modules[`${tag}.js`]!;
      expect(module.gzipBytes, tag).toBeLessThanOrEqual(widgetBudgets.firstLoadGzipBytes - widgetBudgets.marginGzipBytes);
      expect(module.firstLoadFiles, `${tag}: files of its first load`).toBeLessThanOrEqual(2);
    }
  });

  it('keeps the four i’s planner as a person opens it (its first load, the Identify step and the “Use your work” block) within 30 KB', () => {
    expect(withPartsGzipBytes(outdir, 'attendance-four-is.js', ['lazy', 'transfer-block'])).toBeLessThanOrEqual(widgetBudgets.fourIsWholePlannerGzipBytes);
  });

  it('makes the all-in-one file a loader under 1 KB that imports each widget of the registry only when asked', () => {
    const loader = read('attendance-kit.js');
    expect(helperModules.has('attendance-kit.js')).toBe(true);
    expect(gz(loader)).toBeLessThanOrEqual(widgetBudgets.loaderGzipBytes);
    const code = loader.toString('utf8');
    expect(code, 'no static import').not.toMatch(/(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["']/);
    const tags = [...code.matchAll(/"(attendance-[a-z-]+)":\(\)=>import\("\.\/chunks\/[\w-]+\.js"\)/g)].map((m) => m[1]);
    expect(tags.sort()).toEqual(registry.widgets.map((w) => w.tag).sort());
  });
});
