// Gives the records and index chunks of a built Pagefind index short names (run by
// build-search-index.mjs once Pagefind has written its files). Pagefind names each record's text
// (its "fragment") and each part of its word index by a hash of its content, and lists every
// record's name in its metadata file, which a first search loads whole: at 5,000 pages that
// list is 37 KB gzipped, most of it the hashes, which do not compress. Named in order instead
// (a tag of this build, then the record's number in base 36), the list compresses to a third.
// The tag is taken from Pagefind's own hash of the metadata, which changes whenever any record
// does, so a name never stands for two different texts across builds (a cached fragment of an
// older build is never shown for a newer one's record).
//
// Pagefind's files are gzipped, start with the signature "pagefind_dcd" and hold CBOR. Its
// metadata (pagefind_web/src/metadata.rs in Pagefind's source) is one array:
// [version, [[record name, word count, fragment group], ...], [[first word, last word, chunk
// name], ...], [[filter, chunk name], ...], sorts, meta fields]. Only the names change; the word
// index and the filters refer to records by their position, which stays.
//
// Pagefind's script is minified but keeps its long top-level names: minified again here it is
// 2 KB smaller gzipped. And a search asked for while Pagefind is still starting waits for its
// WebAssembly by checking every 50 ms: here it checks every 4 ms. The site's own search no longer
// loads this script (src/lib/search/engine/ reads the index itself); it stays in dist/ as the
// reference runtime the tests compare the engine with, and for anyone using Pagefind's own UI.
import { transform } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor } from '../src/lib/search/engine/index-files.ts';

const signature = 'pagefind_dcd';

/** The CBOR inside a Pagefind file; throws, naming the file, when the signature is missing. */
export function readPagefindFile(bytes, name) {
  let plain;
  try {
    plain = gunzipSync(bytes);
  } catch (error) {
    throw new Error(`Pagefind index: ${name} is not gzipped as Pagefind writes it`, { cause: error });
  }
  if (plain.subarray(0, signature.length).toString('latin1') !== signature) throw new Error(`Pagefind index: ${name} lacks Pagefind's "${signature}" signature`);
  return plain.subarray(signature.length);
}

/** A Pagefind file holding `cbor`, gzipped as a server would send it. */
export function writePagefindFile(cbor) {
  return gzipSync(Buffer.concat([Buffer.from(signature, 'latin1'), cbor]), { level: 9 });
}

// Pagefind's CBOR is decoded by the same code the search page's engine reads it with.
export { decodeCbor };

/** Encodes integers, strings and arrays as CBOR (the shortest form, as Pagefind does). */
export function encodeCbor(value) {
  const parts = [];
  const head = (major, n) => {
    if (n < 24) parts.push(Buffer.from([(major << 5) | n]));
    else if (n < 0x100) parts.push(Buffer.from([(major << 5) | 24, n]));
    else if (n < 0x10000) parts.push(Buffer.from([(major << 5) | 25, n >> 8, n & 255]));
    else parts.push(Buffer.from([(major << 5) | 26, (n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]));
  };
  const item = (v) => {
    if (Number.isInteger(v) && v >= 0 && v < 2 ** 32) head(0, v);
    else if (Number.isInteger(v) && v < 0 && v >= -(2 ** 32)) head(1, -1 - v);
    else if (typeof v === 'string') {
      const text = Buffer.from(v, 'utf8');
      head(3, text.length);
      parts.push(text);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(item);
    } else throw new Error(`Pagefind index: cannot encode ${JSON.stringify(v)} as CBOR`);
  };
  item(value);
  return Buffer.concat(parts);
}

const isText = (v) => typeof v === 'string';
const isRow = (row, ...checks) => Array.isArray(row) && row.length === checks.length && checks.every((check, i) => check(row[i]));

/** Checks the metadata has the shape described above, naming what is wrong. */
function checkedMetadata(meta, name) {
  const wrong = (what) => new Error(`Pagefind index: ${name} ${what}; expected Pagefind 1.x metadata (version, records, chunks, filters, sorts, meta fields)`);
  if (!Array.isArray(meta) || meta.length !== 6 || !isText(meta[0])) throw wrong('is not a six-part array starting with a version');
  const [, records, chunks, filters] = meta;
  if (!Array.isArray(records) || !records.every((r) => isRow(r, isText, Number.isInteger, isText))) throw wrong('has a record that is not [name, word count, group]');
  if (records.some((r) => r[2] !== '')) throw wrong('groups records into shared fragment files, which this step does not rename');
  if (!Array.isArray(chunks) || !chunks.every((c) => isRow(c, isText, isText, isText))) throw wrong('has an index chunk that is not [first word, last word, name]');
  if (!Array.isArray(filters) || !filters.every((f) => isRow(f, isText, isText))) throw wrong('has a filter that is not [name, chunk]');
  return meta;
}

/** A record's or chunk's short name: the build's tag, then its position in base 36. */
export const shortName = (tag, position) => `${tag}${position.toString(36)}`;

/**
 * Moves each file `from` → `to` within `dir` (names without the extension), through a staging
 * folder so that no new name overwrites an old one still to be moved. Throws when a listed file
 * is missing or a file in `dir` is not listed: the metadata and the files no longer agree.
 */
function renameAll(dir, extension, renames, what) {
  const staging = `${dir}.renaming`;
  mkdirSync(staging);
  for (const [from, to] of renames) {
    const source = join(dir, `${from}${extension}`);
    if (!existsSync(source)) throw new Error(`Pagefind index: the metadata lists ${what} ${from}, but ${source} is missing`);
    renameSync(source, join(staging, `${to}${extension}`));
  }
  const left = readdirSync(dir);
  if (left.length > 0) throw new Error(`Pagefind index: ${dir} holds ${left.length} file(s) the metadata does not list, such as ${left[0]}`);
  rmdirSync(dir);
  renameSync(staging, dir);
}

/**
 * Renames the records (fragment/*.pf_fragment) and word index chunks (index/*.pf_index) of the
 * Pagefind index in `pagefindDir` to short names and rewrites each language's metadata to match.
 * Returns, per language, how many records and chunks it renamed and the metadata's size before
 * and after. Throws, saying what, on an index it does not recognise or whose files are missing.
 */
export function compactPagefindIndex(pagefindDir) {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8'));
  const records = [];
  const chunks = [];
  const languages = Object.entries(entry.languages ?? {}).map(([language, { hash }]) => {
    const name = `pagefind.${hash}.pf_meta`;
    const path = join(pagefindDir, name);
    const before = readFileSync(path);
    const meta = checkedMetadata(decodeCbor(readPagefindFile(before, name), name), name);
    // Pagefind's hash of this metadata: "en-gb_80af1afbf425e" gives the tag "80af1a".
    const tag = hash.replace(/^.*_/, '').slice(0, 6);
    if (!/^[0-9a-z]{6}$/.test(tag)) throw new Error(`Pagefind index: ${language}'s metadata hash "${hash}" does not end in a hexadecimal hash`);
    meta[1] = meta[1].map(([record, words, group], i) => {
      records.push([record, shortName(tag, i)]);
      return [shortName(tag, i), words, group];
    });
    meta[2] = meta[2].map(([first, last, chunk], i) => {
      chunks.push([chunk, shortName(tag, i)]);
      return [first, last, shortName(tag, i)];
    });
    const after = writePagefindFile(encodeCbor(meta));
    writeFileSync(path, after);
    return { language, records: meta[1].length, chunks: meta[2].length, metaBytes: { before: before.length, after: after.length } };
  });
  renameAll(join(pagefindDir, 'fragment'), '.pf_fragment', records, 'record');
  renameAll(join(pagefindDir, 'index'), '.pf_index', chunks, 'index chunk');
  return languages;
}

/** Where Pagefind's script waits for its WebAssembly (PagefindInstance.getPtr in Pagefind 1.6). */
const readinessPoll = /(async getPtr\(\)\{while\(this\.raw_ptr===null\)\{if\(this\.initError\)\{throw this\.initError;\}await asyncSleep\()50(\);\})/;

/**
 * Pagefind's script (pagefind.js, the one the search page imports), checking for its WebAssembly
 * every 4 ms and minified, in place; returns its size before and after. Throws when the check is
 * not where Pagefind 1.6 has it (another version of Pagefind: look at its getPtr again).
 */
export async function minifyPagefindScript(pagefindDir) {
  const path = join(pagefindDir, 'pagefind.js');
  const before = readFileSync(path, 'utf8');
  if (!readinessPoll.test(before)) throw new Error(`Pagefind index: ${path} does not wait for its WebAssembly as Pagefind 1.6 does (getPtr); check the new version's script`);
  const { code } = await transform(
    before.replace(readinessPoll, (_, start, end) => `${start}4${end}`),
    { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' },
  );
  writeFileSync(path, code);
  return { before: Buffer.byteLength(before), after: Buffer.byteLength(code) };
}
