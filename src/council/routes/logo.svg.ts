/** /edition/logo.svg: the council's logo, as checked by the settings schema (src/lib/svg-safety.ts). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { edition } from '../edition';

export function GET(): Response {
  const svg = readFileSync(resolve(edition!.dir, edition!.brand!.logo!), 'utf8');
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
