/**
 * The search page's search engine: Pagefind's search, run by this script over the index
 * Pagefind built, with the interface of Pagefind's own (preload, search, a result's data()).
 * Pagefind's runtime is a 58 KB WebAssembly module and an 11 KB script behind an entry file,
 * most of a first search's bytes and a third of its time; the same search here is a few KB
 * of script, starts as soon as the index's metadata has arrived, and reads the gzipped files
 * with the browser's own decompression.
 */
import { readFilterChunk, readIndexChunk, readMetadata, unpack } from './index-files.ts';
import { subResults, buildExcerpt, excerptStart, phrasingRanges, shownLocations, withoutRanges, type Fragment, type SubResult, type WeightedLocation } from './excerpts.ts';
import { SearchIndex, defaultRanking, normalizeQuery, type Filters, type Ranking } from './scoring.ts';

export type { Filters } from './scoring.ts';

/** What a result's data() gives: the record's address, excerpt, metadata and matching sections. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
  locations: number[];
  weighted_locations: WeightedLocation[];
}

export interface EngineResult {
  id: string;
  score: number;
  /** Where the search matched on the page, as data() gives them, without fetching the page's text. */
  weightedLocations: () => WeightedLocation[];
  data: () => Promise<ResultData>;
}

export interface EngineOptions {
  /** Where Pagefind's files are, ending in "/": "/pagefind/". */
  basePath: string;
  /** The metadata file's name (pagefind.<hash>.pf_meta), from the search plan. */
  metaFile: string;
  /** The characters Pagefind's entry file says a query keeps (include_characters). */
  includeCharacters: string[];
  language: string;
  excerptLength: number;
  metaWeights: Record<string, number>;
  /**
   * When a query word starts no word of the index, Pagefind searches the longest word it starts
   * with, however short: "webpart" as "we", "embarrassed" as "emb". With this set, only a word at
   * least 4 characters long and half the query word's length stands in ("safeguardin" as
   * "safeguard"); otherwise the word finds nothing, and the search page tries a spelling
   * correction for it instead of ranking pages by a fragment.
   */
  strictStandIns?: boolean;
  /**
   * Pagefind places an exact ("quoted") phrase only where it first occurs on a page, often the
   * page's summary. With this set, its locations are every place it occurs, so the page's
   * sections and excerpt can be those where the phrase is most at home. Scores are unchanged.
   */
  everyPhrase?: boolean;
  /**
   * Pagefind loads, for a word, the part of the index that holds it; words it starts may run on
   * into the next part, which it searches only if another search happened to load it, so a
   * search's results could depend on what was searched before. On an index of at most this
   * many records, those parts are loaded too, and a word's extensions are always all of them.
   * (On a larger one they are the largest parts, and loading them would double the bytes of a
   * search: there the rule is Pagefind's.)
   */
  completeExtensionsUpTo?: number;
  fetch?: typeof fetch;
}

export class SearchEngine {
  private readonly chunkLoads = new Map<string, Promise<void>>();
  private readonly filterLoads = new Map<string, Promise<void>>();
  private readonly fragments = new Map<string, Promise<Fragment>>();
  private readonly fetchFile: typeof fetch;
  private readonly queries = new Map<string, ReturnType<typeof normalizeQuery>>();
  private readonly index: SearchIndex;
  private readonly options: EngineOptions;

  private constructor(index: SearchIndex, options: EngineOptions) {
    this.index = index;
    this.options = options;
    this.fetchFile = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** An engine over the index at options.basePath, once its metadata has loaded. */
  static async open(options: EngineOptions): Promise<SearchEngine> {
    const read = options.fetch ?? ((input: RequestInfo | URL) => fetch(input));
    const meta = readMetadata(await unpack(await bytesOf(read, `${options.basePath}${options.metaFile}`), options.metaFile), options.metaFile);
    const ranking: Ranking = { ...defaultRanking, metaWeights: { ...defaultRanking.metaWeights, ...options.metaWeights } };
    return new SearchEngine(
      new SearchIndex(meta, ranking, {
        strictStandIns: options.strictStandIns ?? false,
        everyPhrase: options.everyPhrase ?? false,
        completeExtensions: meta.pages.length <= (options.completeExtensionsUpTo ?? 0),
      }),
      options,
    );
  }

  /** Fetches the parts of the index a search for `query` needs. */
  async preload(query: string, { filters = {} }: { filters?: Filters } = {}): Promise<void> {
    const { term } = this.normalized(query);
    if (!term) return;
    await Promise.all([
      ...this.index.chunksFor(term).map((hash) => this.load(this.chunkLoads, hash, `index/${hash}.pf_index`, (bytes, name) => this.index.addWords(readIndexChunk(bytes, name)))),
      ...this.index.filterChunksFor(filters).map((hash) =>
        this.load(this.filterLoads, hash, `filter/${hash}.pf_filter`, (bytes, name) => {
          const { filter, values } = readFilterChunk(bytes, name);
          this.index.filters.set(filter, values);
        }),
      ),
    ]);
  }

  async search(query: string, { filters = {} }: { filters?: Filters } = {}): Promise<{ results: EngineResult[] }> {
    const { term, original, exact } = this.normalized(query);
    if (!term) return { results: [] };
    await this.preload(query, { filters });
    const found = this.index.search(term, original, exact, filters);
    return {
      results: found.map(({ page, score, locations }) => {
        const id = this.index.meta.pages[page]!.hash;
        let weighted: WeightedLocation[] | undefined;
        const weightedLocations = () => (weighted ??= locations().map((l) => ({ weight: l.w / 24, balanced_score: l.s, location: l.l })));
        return { id, score, weightedLocations, data: () => this.data(id, weightedLocations()) };
      }),
    };
  }

  /** The query as Pagefind would read it, worked out once per query. */
  private normalized(query: string): ReturnType<typeof normalizeQuery> {
    let read = this.queries.get(query);
    if (!read) {
      read = normalizeQuery(query, this.options.includeCharacters, this.options.language);
      this.queries.set(query, read);
    }
    return read;
  }

  private async data(id: string, weighted: WeightedLocation[]): Promise<ResultData> {
    let fragment = this.fragments.get(id);
    if (!fragment) {
      fragment = bytesOf(this.fetchFile, `${this.options.basePath}fragment/${id}.pf_fragment`)
        .then((bytes) => unpack(bytes, `${id}.pf_fragment`))
        .then((plain) => JSON.parse(new TextDecoder().decode(plain)) as Fragment);
      this.fragments.set(id, fragment);
      fragment.catch(() => this.fragments.delete(id));
    }
    const record = await fragment;
    const raw = record.content.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const url = siteUrl(record.url);
    const locations = weighted.map((l) => l.location);
    const { excerptLength } = this.options;
    // The search phrasings are matched but never shown: they are not on the page (phrasings.ts).
    const hidden = phrasingRanges(record.anchors);
    const shown = hidden.length > 0 ? withoutRanges(raw, hidden) : undefined;
    let excerpt: string | undefined;
    return {
      url,
      meta: record.meta,
      locations,
      weighted_locations: weighted,
      // Made when read, as each section's is (excerpts.ts).
      get excerpt() {
        if (excerpt !== undefined) return excerpt;
        const matches = shown ? shownLocations(shown, weighted) : weighted;
        const text = shown ? shown.content : raw;
        return (excerpt = buildExcerpt(
          text,
          excerptStart(matches, excerptLength),
          excerptLength,
          matches.map((l) => l.location),
        ));
      },
      sub_results: subResults(record, raw, url, weighted, excerptLength, shown),
    };
  }

  /** Loads a file into the index once; a failed load is tried again next time. */
  private load(loads: Map<string, Promise<void>>, hash: string, path: string, add: (bytes: Uint8Array, name: string) => void): Promise<void> {
    let loading = loads.get(hash);
    if (!loading) {
      loading = bytesOf(this.fetchFile, `${this.options.basePath}${path}`)
        .then((bytes) => unpack(bytes, path))
        .then((plain) => add(plain, path));
      loads.set(hash, loading);
      loading.catch(() => loads.delete(hash));
    }
    return loading;
  }
}

async function bytesOf(read: (input: string) => Promise<Response>, path: string): Promise<Uint8Array> {
  const response = await read(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** A record's address as a site path (Pagefind's default base URL is the site's root). */
function siteUrl(raw: string): string {
  if (/^(https?:)?\/\//.test(raw)) return raw;
  return `/${raw}`.replace(/\/+/g, '/');
}
