// The widgets' figures in `npm run bench` (and the unit test that holds them, test/unit/build-widgets.test.ts):
// each widget file's first load against its budget, with the margin left, and the all-in-one
// loader. Measured on the files as built (public/widgets/v1/ or dist/widgets/v1/), gzipped at
// level 9 file by file, as a server sends them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** The budgets (PRODUCT.md, issue 17 item 4), in gzipped bytes. */
export const widgetBudgets = {
  /** Each widget file's first load: the file and every chunk it imports statically. */
  firstLoadGzipBytes: 20 * 1024,
  /** What each widget keeps free under that budget, so that the next change does not break it. */
  marginGzipBytes: 1024,
  /** The four i's planner as a person opens it: its first load and what it loads straight after. */
  fourIsWholePlannerGzipBytes: 30 * 1024,
  /** The all-in-one file, now a loader that fetches each widget when its tag appears. */
  loaderGzipBytes: 1024,
};

/** The files that are not single widgets: measured and reported, but not held to a widget's budget. */
export const helperModules = new Set(['embed.js', 'embed-listener.js', 'attendance-kit.js']);

/** Chunks a module imports: static ones load with it; dynamic ones only when it asks for them. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const resolveChunk = (spec) => resolve(file, '..', spec);
  const fromStatic = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^"'()]*?from\s*)?["'](\.\/[^"']+)["']/g)].map((m) => resolveChunk(m[1]));
  const fromDynamic = [...code.matchAll(/import\(\s*["'](\.\/[^"']+)["']\s*\)/g)].map((m) => resolveChunk(m[1]));
  return { fromStatic, fromDynamic };
}

/** A module's first load (it and its static imports, each file gzipped on its own) and everything it can load later. */
export function moduleSizes(entry) {
  const initial = new Set([entry]);
  const all = new Set([entry]);
  const walk = (file, eager) => {
    const { fromStatic, fromDynamic } = importsOf(file);
    for (const next of fromStatic) {
      if (eager) initial.add(next);
      if (!all.has(next)) {
        all.add(next);
        walk(next, eager);
      } else if (eager) walk(next, eager);
    }
    for (const next of fromDynamic) {
      if (!all.has(next)) {
        all.add(next);
        walk(next, false);
      }
    }
  };
  walk(entry, true);
  const size = (set) => [...set].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  return { bytes: statSync(entry).size, gzipBytes: size(initial), gzipBytesWithLazyParts: size(all), files: all.size, firstLoadFiles: initial.size };
}

/**
 * A widget's first load together with the parts it loads straight after it (chunks whose names
 * start with one of `parts`, such as the four i's `lazy` first step and the `transfer-block`),
 * each file counted once: what a person opening the widget fetches. For the unit test; the bench
 * measures the same on the built page, as the browser fetches it.
 */
export function withPartsGzipBytes(widgetDir, module, parts) {
  const files = new Set();
  const walk = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const next of importsOf(file).fromStatic) walk(next);
  };
  walk(join(widgetDir, module));
  const pattern = new RegExp(`^(?:${parts.join('|')})-[A-Z0-9]+\\.js$`);
  const chunks = JSON.parse(readFileSync(join(widgetDir, 'pins.json'), 'utf8'))[module].chunks;
  for (const chunk of Object.keys(chunks)) if (pattern.test(chunk.replace(/^chunks\//, ''))) walk(join(widgetDir, chunk));
  return [...files].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
}

/** Every module of a built widgets folder, by file name, with the margin under budget for each widget. */
export function widgetModules(widgetDir) {
  return Object.fromEntries(
    readdirSync(widgetDir)
      .filter((f) => f.endsWith('.js'))
      .sort()
      .map((f) => {
        const sizes = moduleSizes(join(widgetDir, f));
        return [f, helperModules.has(f) ? sizes : { ...sizes, marginGzipBytes: widgetBudgets.firstLoadGzipBytes - sizes.gzipBytes }];
      }),
  );
}
