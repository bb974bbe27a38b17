/**
 * Reading Pagefind's index files (format 1.x, as pagefind_web/src/metadata.rs, index.rs and
 * filter_index.rs in Pagefind's source read them): each is gzipped, starts with the signature
 * "pagefind_dcd" and holds CBOR made only of integers, text and arrays of known length.
 */

const signature = 'pagefind_dcd';

export type Cbor = number | string | Cbor[];

/** Reads CBOR from `bytes` item by item, from byte `at`; throws, naming the file, on anything Pagefind does not write. */
class CborReader {
  at: number;
  private readonly bytes: Uint8Array;
  private readonly name: string;
  private static readonly text = new TextDecoder();

  constructor(bytes: Uint8Array, name: string, at = 0) {
    this.bytes = bytes;
    this.name = name;
    this.at = at;
  }

  fail(what: string): never {
    throw new Error(`Pagefind index: ${this.name} ${what} at byte ${this.at}`);
  }

  /** An item's major type and its length or value, the reader past them. */
  private head(): [major: number, length: number] {
    const { bytes } = this;
    if (this.at >= bytes.length) this.fail('ends early');
    const head = bytes[this.at++]!;
    const info = head & 31;
    if (info < 24) return [head >> 5, info];
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : this.fail(`has an unsupported length (${info})`);
    if (this.at + size > bytes.length) this.fail('ends early');
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + bytes[this.at++]!;
    return [head >> 5, value];
  }

  item(): Cbor {
    const [major, length] = this.head();
    if (major === 0) return length;
    if (major === 1) return -1 - length;
    if (major === 3) return this.textOf(length);
    if (major === 4) {
      const items: Cbor[] = [];
      for (let i = 0; i < length; i++) items.push(this.item());
      return items;
    }
    return this.fail(`holds a CBOR item of major type ${major}`);
  }

  /** Moves past one item without building it. */
  skip(): void {
    const [major, length] = this.head();
    if (major === 3) {
      if (this.at + length > this.bytes.length) this.fail('ends early');
      this.at += length;
    } else if (major === 4) for (let i = 0; i < length; i++) this.skip();
    else if (major !== 0 && major !== 1) this.fail(`holds a CBOR item of major type ${major}`);
  }

  /** The length of the array that starts here, or undefined (the reader unmoved) when it is not one. */
  arrayLength(): number | undefined {
    const start = this.at;
    const [major, length] = this.head();
    if (major === 4) return length;
    this.at = start;
    return undefined;
  }

  private textOf(size: number): string {
    const { bytes } = this;
    if (this.at + size > bytes.length) this.fail('ends early');
    // Index words are short and nearly all ASCII: read those directly, faster than a decoder.
    let ascii = size <= 64;
    for (let i = this.at; ascii && i < this.at + size; i++) ascii = bytes[i]! < 0x80;
    this.at += size;
    const slice = bytes.subarray(this.at - size, this.at);
    return ascii ? String.fromCharCode(...slice) : CborReader.text.decode(slice);
  }
}

/** Decodes the CBOR Pagefind writes; throws, naming the file, on anything else. */
export function decodeCbor(bytes: Uint8Array, name = 'CBOR'): Cbor {
  const reader = new CborReader(bytes, name);
  const value = reader.item();
  if (reader.at !== bytes.length) reader.fail('has bytes after its end');
  return value;
}

/** The content of a Pagefind file as fetched (gzipped, or already plain), without its signature. */
export async function unpack(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const hasSignature = (b: Uint8Array) => new TextDecoder().decode(b.subarray(0, signature.length)) === signature;
  if (hasSignature(bytes)) return bytes.subarray(signature.length);
  const plain = new Uint8Array(await new Response(new Response(bytes as BodyInit).body!.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  if (!hasSignature(plain)) throw new Error(`Pagefind index: ${name} lacks Pagefind's "${signature}" signature`);
  return plain.subarray(signature.length);
}

export interface Metadata {
  /** Each record's name (its fragment file) and word count, by record number. */
  pages: { hash: string; wordCount: number }[];
  averagePageLength: number;
  /** Each part of the word index: the first and last word it holds, and its name. */
  chunks: { from: string; to: string; hash: string }[];
  /** Each filter's file name, by filter. */
  filterChunks: Map<string, string>;
  /** The names of the metadata fields, by the numbers the word index uses. */
  metaFields: string[];
}

const isArray = (v: Cbor | undefined): v is Cbor[] => Array.isArray(v);
const wrong = (name: string, what: string): Error => new Error(`Pagefind index: ${name} ${what}`);

export function readMetadata(bytes: Uint8Array, name = 'metadata'): Metadata {
  const meta = decodeCbor(bytes, name);
  if (!isArray(meta) || !isArray(meta[1]) || !isArray(meta[2]) || !isArray(meta[3])) throw wrong(name, 'is not Pagefind 1.x metadata');
  const pages = meta[1].map((p) => {
    if (!isArray(p) || typeof p[0] !== 'string' || typeof p[1] !== 'number') throw wrong(name, 'has a record that is not [name, word count]');
    return { hash: p[0], wordCount: p[1] };
  });
  // Summed one by one in single precision, as Pagefind's WebAssembly does, so that scores match to the bit.
  let total = 0;
  for (const page of pages) total = Math.fround(total + page.wordCount);
  const chunks = meta[2].map((c) => {
    if (!isArray(c) || c.length !== 3 || !c.every((s) => typeof s === 'string')) throw wrong(name, 'has an index chunk that is not [first, last, name]');
    return { from: c[0] as string, to: c[1] as string, hash: c[2] as string };
  });
  const filterChunks = new Map(
    meta[3].map((f) => {
      if (!isArray(f) || typeof f[0] !== 'string' || typeof f[1] !== 'string') throw wrong(name, 'has a filter that is not [name, chunk]');
      return [f[0], f[1]] as const;
    }),
  );
  const metaFields = isArray(meta[5]) ? meta[5].map(String) : [];
  return { pages, averagePageLength: pages.length > 0 ? Math.fround(total / pages.length) : 0, chunks, filterChunks, metaFields };
}

/** Where a word is on one record: its positions with their weights, and in which metadata fields. */
export interface PageWord {
  page: number;
  locs: [weight: number, position: number][];
  metaLocs: [field: number, position: number][];
}

export interface WordData {
  readonly pages: PageWord[];
  /** The same stem written with diacritics ("café" beside "cafe"). */
  readonly variants: { form: string; pages: PageWord[] }[];
}

function readPages(value: Cbor | undefined, name: string): PageWord[] {
  if (!isArray(value)) throw wrong(name, 'has a word without its records');
  let page = 0;
  return value.map((entry) => {
    if (!isArray(entry) || typeof entry[0] !== 'number' || !isArray(entry[1])) throw wrong(name, 'has a record entry that is not [record, positions]');
    page += entry[0];
    const locs: PageWord['locs'] = [];
    // A negative number sets the weight of the positions after it; positions are deltas.
    let weight = 25;
    let position = 0;
    for (const loc of entry[1] as number[]) {
      if (loc < 0) {
        weight = Math.min(255, -loc - 1);
        position = 0;
      } else {
        position += loc;
        locs.push([weight, position]);
      }
    }
    const metaLocs: PageWord['metaLocs'] = [];
    if (isArray(entry[2])) {
      // A negative number switches to another metadata field.
      let field = 0;
      let at = 0;
      for (const loc of entry[2] as number[]) {
        if (loc < 0) {
          field = -loc - 1;
          at = 0;
        } else {
          at += loc;
          metaLocs.push([field, at]);
        }
      }
    }
    return { page, locs, metaLocs };
  });
}

/**
 * One part of the word index: each stem with the records it is on. A search needs a few of a
 * chunk's words, so each word's records are decoded when first asked for (on a large site a
 * chunk holds thousands of entries, and decoding them all was most of a search's time).
 */
export function readIndexChunk(bytes: Uint8Array, name = 'index chunk'): Map<string, WordData> {
  const reader = new CborReader(bytes, name);
  const outer = reader.arrayLength();
  const count = outer ? reader.arrayLength() : undefined;
  if (count === undefined) throw wrong(name, 'is not a Pagefind 1.x index chunk');
  const words = new Map<string, WordData>();
  for (let i = 0; i < count; i++) {
    const fields = reader.arrayLength();
    const word = fields !== undefined && fields >= 2 ? reader.item() : undefined;
    if (typeof word !== 'string') throw wrong(name, 'has a word that is not [word, records, ...]');
    const pagesAt = reader.at;
    reader.skip();
    const variantsAt = fields! >= 3 ? reader.at : undefined;
    for (let f = 2; f < fields!; f++) reader.skip();
    words.set(word, lazyWord(bytes, name, pagesAt, variantsAt));
  }
  for (let rest = 1; rest < outer!; rest++) reader.skip();
  if (reader.at !== bytes.length) reader.fail('has bytes after its end');
  return words;
}

/** A word's records and variants, decoded on first use. */
function lazyWord(bytes: Uint8Array, name: string, pagesAt: number, variantsAt: number | undefined): WordData {
  let pages: PageWord[] | undefined;
  let variants: WordData['variants'] | undefined;
  return {
    get pages() {
      pages ??= readPages(new CborReader(bytes, name, pagesAt).item(), name);
      return pages;
    },
    get variants() {
      if (variants) return variants;
      const value = variantsAt === undefined ? [] : new CborReader(bytes, name, variantsAt).item();
      if (!isArray(value)) throw wrong(name, 'has variants that are not a list');
      variants = value.map((v) => {
        if (!isArray(v) || typeof v[0] !== 'string') throw wrong(name, 'has a variant that is not [form, records]');
        return { form: v[0], pages: readPages(v[1], name) };
      });
      return variants;
    },
  };
}

/** One filter: the records of each of its values. */
export function readFilterChunk(bytes: Uint8Array, name = 'filter'): { filter: string; values: Map<string, number[]> } {
  const chunk = decodeCbor(bytes, name);
  if (!isArray(chunk) || typeof chunk[0] !== 'string' || !isArray(chunk[1])) throw wrong(name, 'is not a Pagefind 1.x filter');
  const values = new Map<string, number[]>();
  for (const value of chunk[1]) {
    if (!isArray(value) || typeof value[0] !== 'string' || !isArray(value[1])) throw wrong(name, 'has a value that is not [value, records]');
    values.set(value[0], value[1] as number[]);
  }
  return { filter: chunk[0], values };
}
