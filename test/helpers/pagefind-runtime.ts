/**
 * Pagefind's own search runtime (its pagefind.js and WebAssembly, as written into an index
 * folder) run in Node over that folder, with fetch answered from the folder's files: the
 * reference the kit's index processing and its own search engine are checked against.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RuntimeResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; sub_results: { title: string; url: string; excerpt: string; locations: number[] }[] }>;
}

export interface PagefindRuntime {
  preload: (query: string, options?: { filters?: Record<string, unknown> }) => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<{ results: RuntimeResult[] }>;
  options: (options: Record<string, unknown>) => Promise<void>;
  /** Each filter's values with their record counts. */
  filters: () => Promise<Record<string, Record<string, number>>>;
  destroy: () => Promise<void>;
}

/** Answers fetches of /pagefind/... from the index folder (a missing file is a 404). */
export function folderFetch(pagefindDir: string): typeof fetch {
  return (async (url: string | URL | Request) => {
    try {
      const path = String(url)
        .replace(/^\/pagefind\//, '')
        .replace(/\?.*$/, '');
      return new Response(await readFile(join(pagefindDir, path)));
    } catch {
      return new Response('', { status: 404 });
    }
  }) as typeof fetch;
}

/**
 * Runs `use` with Pagefind's runtime over the index in `pagefindDir` (global fetch is the
 * folder's while it runs, as Pagefind's script calls fetch itself).
 */
export async function withPagefindRuntime<T>(pagefindDir: string, options: Record<string, unknown>, use: (runtime: PagefindRuntime) => Promise<T>): Promise<T> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = folderFetch(pagefindDir);
  try {
    const module = (await import(/* @vite-ignore */ pathToFileURL(join(pagefindDir, 'pagefind.js')).href)) as { createInstance: (o: Record<string, unknown>) => PagefindRuntime };
    const runtime = module.createInstance({ basePath: '/pagefind/', noWorker: true });
    await runtime.options(options);
    try {
      return await use(runtime);
    } finally {
      await runtime.destroy();
    }
  } finally {
    globalThis.fetch = realFetch;
  }
}
