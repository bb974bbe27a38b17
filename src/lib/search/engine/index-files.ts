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

  /** The major type of the item whose head was read last. */
  private major = 0;

  /**
   * Reads an item's head: its length or value, returned, and its major type, left in `major`
   * (not a pair: this runs for every number of every record a search reads).
   */
  private head(): number {
    const { bytes } = this;
    if (this.at >= bytes.length) this.fail('ends early');
    const head = bytes[this.at++]!;
    this.major = head >> 5;
    const info = head & 31;
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : this.fail(`has an unsupported length (${info})`);
    if (this.at + size > bytes.length) this.fail('ends early');
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + bytes[this.at++]!;
    return value;
  }

  item(): Cbor {
    const length = this.head();
    const { major } = this;
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

  /** The integer that starts here, or undefined (the reader unmoved) when it is not one. */
  integer(): number | undefined {
    const start = this.at;
    const value = this.head();
    if (this.major === 0) return value;
    if (this.major === 1) return -1 - value;
    this.at = start;
    return undefined;
  }

  /** Moves past one item without building it. */
  skip(): void {
    // Items still to pass: an array adds its elements.
    for (let pending = 1; pending > 0; pending--) {
      const length = this.head();
      const { major } = this;
      if (major === 3) {
        if (this.at + length > this.bytes.length) this.fail('ends early');
        this.at += length;
      } else if (major === 4) pending += length;
      else if (major !== 0 && major !== 1) this.fail(`holds a CBOR item of major type ${major}`);
    }
  }

  /** The length of the array that starts here, or undefined (the reader unmoved) when it is not one. */
  arrayLength(): number | undefined {
    const start = this.at;
    const length = this.head();
    if (this.major === 4) return length;
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

/**
 * Where a word is on one record: its positions, each as a weight and a word number in turn
 * ([weight, position, weight, position, ...]: flat, as a search reads thousands of them), and
 * the metadata fields it is in, each as a field number and a position in turn.
 */
export interface PageWord {
  page: number;
  locs: number[];
  metaLocs: number[];
}

export interface WordData {
  readonly pages: PageWord[];
  /** The same stem written with diacritics ("café" beside "cafe"). */
  readonly variants: { form: string; pages: PageWord[] }[];
}

/** A list of integers, each passed to `each`; false (the reader unmoved) when the item is not one. */
function eachInteger(reader: CborReader, each: (value: number) => void): boolean {
  const count = reader.arrayLength();
  if (count === undefined) return false;
  for (let i = 0; i < count; i++) {
    const value = reader.integer();
    if (value === undefined) return false;
    each(value);
  }
  return true;
}

/** A word's records, read straight from the chunk's bytes at the reader. */
function readPages(reader: CborReader, name: string): PageWord[] {
  const count = reader.arrayLength();
  if (count === undefined) throw wrong(name, 'has a word without its records');
  const pages: PageWord[] = [];
  let page = 0;
  for (let i = 0; i < count; i++) {
    const fields = reader.arrayLength();
    const delta = fields !== undefined && fields >= 2 ? reader.integer() : undefined;
    if (delta === undefined) throw wrong(name, 'has a record entry that is not [record, positions]');
    page += delta;
    const locs: number[] = [];
    // A negative number sets the weight of the positions after it; positions are deltas.
    let weight = 25;
    let position = 0;
    const read = eachInteger(reader, (loc) => {
      if (loc < 0) {
        weight = Math.min(255, -loc - 1);
        position = 0;
      } else {
        position += loc;
        locs.push(weight, position);
      }
    });
    if (!read) throw wrong(name, 'has a record entry that is not [record, positions]');
    const metaLocs: number[] = [];
    // A negative number switches to another metadata field.
    let field = 0;
    let at = 0;
    if (fields! >= 3) {
      const start = reader.at;
      const metaRead = eachInteger(reader, (loc) => {
        if (loc < 0) {
          field = -loc - 1;
          at = 0;
        } else {
          at += loc;
          metaLocs.push(field, at);
        }
      });
      // Anything else there is not metadata positions: passed over, as Pagefind does.
      if (!metaRead) {
        metaLocs.length = 0;
        reader.at = start;
        reader.skip();
      }
    }
    for (let extra = 3; extra < fields!; extra++) reader.skip();
    pages.push({ page, locs, metaLocs });
  }
  return pages;
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
      pages ??= readPages(new CborReader(bytes, name, pagesAt), name);
      return pages;
    },
    get variants() {
      if (variants) return variants;
      const read: WordData['variants'] = [];
      if (variantsAt !== undefined) {
        const reader = new CborReader(bytes, name, variantsAt);
        const count = reader.arrayLength();
        if (count === undefined) throw wrong(name, 'has variants that are not a list');
        for (let i = 0; i < count; i++) {
          const fields = reader.arrayLength();
          const form = fields !== undefined && fields >= 2 ? reader.item() : undefined;
          if (typeof form !== 'string') throw wrong(name, 'has a variant that is not [form, records]');
          read.push({ form, pages: readPages(reader, name) });
          for (let extra = 2; extra < fields!; extra++) reader.skip();
        }
      }
      variants = read;
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
