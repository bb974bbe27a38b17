/**
 * Whether a link stays on the site that serves the widget (issue 14): a widget's "path on this
 * site" setting (config.ts) is refused when a browser would take it elsewhere. Beside the
 * widgets rather than in src/lib, because a widget release is built from widgets/ and content/
 * alone (scripts/build-widgets.mjs).
 */
const here = 'https://site.invalid';

/**
 * Whether a browser following a link to `target` from a page of this site stays on the site:
 * not for `//evil.example/`, `/\evil.example/`, a tab or line break the browser drops
 * (`/\t/evil.example/`), or `javascript:`. Decided by the browser's own URL parser, which is
 * what will follow the link.
 */
export function onThisSite(target: string): boolean {
  try {
    return new URL(target, `${here}/`).origin === here;
  } catch {
    return false;
  }
}
