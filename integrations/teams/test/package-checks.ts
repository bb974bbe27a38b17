/** Checks of a Teams app package, shared by the unit test and the end-to-end test of the built download. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const schemaDir = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

/**
 * Validates a manifest against the Teams schema of its manifestVersion, from the
 * @microsoft/app-manifest npm package (read from disk, never fetched); returns ajv's errors.
 */
export function teamsSchemaErrors(manifest: { manifestVersion: string }): unknown[] {
  const schema = JSON.parse(readFileSync(join(schemaDir, `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(manifest) ? [] : (validate.errors ?? []);
}

/** Width, height, whether every pixel is white or transparent, and any pixel's RGBA, for the PNGs this project draws (unfiltered RGBA rows). */
export function pngFacts(png: Uint8Array) {
  const bytes = Buffer.from(png);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  let whiteOrClear = true;
  let opaque = 0;
  for (let y = 0; y < height; y++) {
    const row = 1 + y * (1 + width * 4);
    if (raw[row - 1] !== 0) throw new Error('expected unfiltered rows');
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = raw.subarray(row + x * 4, row + x * 4 + 4);
      if (a! > 0 && (r! < 250 || g! < 250 || b! < 250)) whiteOrClear = false;
      if (a === 255) opaque++;
    }
  }
  const pixel = (x: number, y: number) => [...raw.subarray(1 + y * (1 + width * 4) + x * 4, 1 + y * (1 + width * 4) + x * 4 + 4)];
  return { width, height, whiteOrClear, opaqueShare: opaque / (width * height), colourType: bytes[25], pixel };
}
