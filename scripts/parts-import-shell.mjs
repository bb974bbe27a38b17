// One chunk for a widget's first load. esbuild splits the code a widget's lazy parts share with
// its first load into a chunk for each set of parts that share it (Lit in one, the strings in
// another, the state in a third...), and each of those files costs its own gzip overhead on
// the first load (about a kilobyte across a widget's half-dozen, against a 20 KB budget).
// A part only ever loads after the widget's first load has run, so nothing is fetched twice
// if every part that shares code with the first load imports the whole of it: esbuild then
// sees the same set of entry points behind every module of the first load and puts them all in
// one chunk, which the widget's own file and its parts import.
import { dirname, relative, sep } from 'node:path';

/**
 * The source paths of the lazy parts (dynamically imported modules) whose chunks import a chunk
 * of the entry's first load, from the metafile of a build of `entryOutput` with splitting.
 */
export function partsSharingFirstLoad(metafile, entryOutput) {
  const staticClosure = (start) => {
    const seen = new Set([start]);
    const walk = (path) => {
      for (const next of metafile.outputs[path].imports) {
        if (next.kind !== 'import-statement' || next.external || seen.has(next.path)) continue;
        seen.add(next.path);
        walk(next.path);
      }
    };
    walk(start);
    return seen;
  };
  const firstLoad = staticClosure(entryOutput);
  const parts = new Set();
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (!output.entryPoint || path === entryOutput) continue;
    if ([...staticClosure(path)].some((chunk) => chunk !== path && firstLoad.has(chunk))) parts.add(output.entryPoint);
  }
  return parts;
}

/**
 * An esbuild plugin: each dynamic import of one of `parts` (source paths relative to the build's
 * working directory, as a metafile names them) loads a module that imports `entry` first, then
 * re-exports the part. Put it before the other plugins: they load the parts' own files.
 */
export function partsImportShell({ entry, parts, root }) {
  return {
    name: 'parts-import-shell',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
        // As a metafile names a file: relative to the build's working directory, with forward slashes.
        const named = relative(root, resolved.path).split(sep).join('/');
        return parts.has(named) ? { path: resolved.path, namespace: 'part-with-shell' } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'part-with-shell' }, ({ path }) => ({
        contents: `import ${JSON.stringify(entry)};\nexport * from ${JSON.stringify(path)};\n`,
        resolveDir: dirname(path),
        loader: 'js',
      }));
    },
  };
}
