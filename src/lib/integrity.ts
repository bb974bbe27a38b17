import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The Subresource Integrity hash of each widget file, by file name, as scripts/build-widgets.mjs
 * wrote them before the site build (empty when the widgets have not been built).
 */
export function widgetIntegrity(): Record<string, string> {
  const file = resolve('public/widgets/v1/integrity.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}
