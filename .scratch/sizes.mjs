import { readFileSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
const gz = (b) => gzipSync(b, { level: 9 }).length;
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const r = (spec) => resolve(file, '..', spec);
  const fromStatic = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^"'()]*?from\s*)?["'](\.\/[^"']+)["']/g)].map((m) => r(m[1]));
  const fromDynamic = [...code.matchAll(/import\(\s*["'](\.\/[^"']+)["']\s*\)/g)].map((m) => r(m[1]));
  return { fromStatic, fromDynamic };
}
function moduleSizes(entry) {
  const initial = new Set([entry]); const all = new Set([entry]);
  const walk = (file, eager) => { const { fromStatic, fromDynamic } = importsOf(file);
    for (const next of fromStatic) { if (eager) initial.add(next); if (!all.has(next)) { all.add(next); walk(next, eager); } else if (eager) walk(next, eager); }
    for (const next of fromDynamic) { if (!all.has(next)) { all.add(next); walk(next, false); } } };
  walk(entry, true);
  const size = (set) => [...set].reduce((s, f) => s + gz(readFileSync(f)), 0);
  return { gzipBytes: size(initial), gzipBytesWithLazyParts: size(all), files: all.size };
}
const dir = process.argv[2] ?? 'public/widgets/v1';
for (const f of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) console.log(f.padEnd(28), JSON.stringify(moduleSizes(join(dir, f))));
