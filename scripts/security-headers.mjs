// The headers the site recommends, written once: the test server sends them, the build
// writes them to dist/_headers, and the council guide prints them.
import { sitePath } from '../src/lib/site-path.ts';

/** Site pages: no inline script or style. Pagefind's WebAssembly is the one reason for 'wasm-unsafe-eval'. */
export const pageCsp = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * Widget embed pages and widget files: the strictest policy, with Trusted Types enforced.
 * Any host may frame the embed pages; that is their purpose.
 */
export const widgetCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'frame-ancestors *',
].join('; ');

const common = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Paths served with the widget policy rather than the page policy. */
export const widgetPaths = ['/embed/', '/widgets/'];

export function headersFor(pathname) {
  // Decided on the path as it will be served: `/%65mbed/` is an embed page too.
  const path = sitePath(pathname) ?? pathname;
  const widget = widgetPaths.some((prefix) => path.startsWith(prefix));
  return {
    'Content-Security-Policy': widget ? widgetCsp : pageCsp,
    ...common,
    ...(widget ? { 'Cross-Origin-Resource-Policy': 'cross-origin', 'Access-Control-Allow-Origin': '*' } : { 'X-Frame-Options': 'SAMEORIGIN' }),
  };
}

/**
 * The same rules in the `_headers` format of static hosts such as Cloudflare Pages. Every
 * matching block applies, so the widget blocks first detach (`! Name`) the page policy and
 * frame ban they inherit from `/*`: two CSP headers would both be enforced.
 */
export function headersFile() {
  const page = headersFor('/');
  const lines = (headers) => Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`);
  const blocks = [['/*', ...lines(page)]];
  for (const prefix of widgetPaths) {
    blocks.push([`${prefix}*`, '  ! Content-Security-Policy', '  ! X-Frame-Options', ...lines(headersFor(prefix)).filter((l) => !Object.keys(page).some((k) => l.startsWith(`  ${k}:`) && page[k] === headersFor(prefix)[k]))]);
  }
  return blocks.map((b) => b.join('\n')).join('\n\n') + '\n';
}
