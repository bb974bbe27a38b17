/** Reads a zip file (an .sppkg or a Teams app package) into its entries, for tests that open built packages. */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export interface ZipContents {
  names: string[];
  text: (name: string) => string;
  bytes: (name: string) => Uint8Array;
}

export function readZip(path: string): ZipContents {
  const entries = unzipSync(readFileSync(path));
  const bytes = (name: string) => {
    const entry = entries[name];
    if (!entry) throw new Error(`${path} has no entry ${name}; it has ${Object.keys(entries).join(', ')}`);
    return entry;
  };
  return { names: Object.keys(entries).sort(), bytes, text: (name) => strFromU8(bytes(name)) };
}
