/**
 * The Teams app package: manifest.json and its two icons, zipped, as Teams' "Upload a custom
 * app" and the Teams admin centre take it. Built by the site build (src/pages/downloads/).
 */
import { strToU8, zipSync } from 'fflate';
import { iconPng, kitIconColours } from '../../src/lib/app-icon.ts';
import { colourIconName, outlineIconName, teamsManifest, type ManifestOptions } from './manifest.ts';

/** A fixed date for every entry, so the same inputs give the same bytes. */
const entryDate = new Date('2026-01-01T00:00:00Z');

export function teamsAppPackage(options: ManifestOptions): Uint8Array {
  const manifest = teamsManifest(options);
  return zipSync(
    {
      'manifest.json': strToU8(JSON.stringify(manifest, null, 2) + '\n'),
      // Colour: 192 x 192, full bleed (Teams rounds the corners), the tick inside the central safe area.
      [colourIconName]: new Uint8Array(iconPng(192, options.iconColours ?? kitIconColours, { inset: 0.1875 })),
      // Outline: 32 x 32, the tick alone, white on transparent.
      [outlineIconName]: new Uint8Array(iconPng(32, kitIconColours, { outline: true })),
    },
    { mtime: entryDate, level: 9 },
  );
}
