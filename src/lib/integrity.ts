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

/** What pins one widget file: its own hash and the hash of every chunk it can load. */
export interface WidgetPins {
  integrity: string;
  chunks: Record<string, string>;
}

/** Each widget file's pins, by file name, from public/widgets/v1/pins.json (empty when not built). */
export function widgetPins(): Record<string, WidgetPins | undefined> {
  const file = resolve('public/widgets/v1/pins.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, WidgetPins>) : {};
}
