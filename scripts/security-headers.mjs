// The headers the site recommends, written once: the test server sends them, the build
// writes them to dist/_headers, and the council guide prints them.
import { sitePath } from '../src/lib/site-path.ts';

/** Site pages: no inline script or style, and nothing compiled from text (the search runs no WebAssembly). */
export const pageCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * Who may frame the iframe embed pages. Any site, by default: councils embed them in
 * SharePoint (https://*.sharepoint.com), WordPress, Drupal, Umbraco and plain pages on domains
 * we cannot list. A council hosting its own copy narrows it at build time, for example
 * EMBED_FRAME_ANCESTORS="https://anyshire.sharepoint.com https://www.anyshire.gov.uk".
 */
export function embedFrameAncestors(env = process.env) {
  const listed = (env.EMBED_FRAME_ANCESTORS ?? '').split(/\s+/).filter(Boolean);
  return listed.length > 0 ? listed : ['*'];
}

/** The widget policy for a given list of framing hosts: the strictest policy, with Trusted Types enforced. */
export function widgetCspFor(frameAncestors) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/** Widget embed pages and widget files, as this build sends them. */
export const widgetCsp = widgetCspFor(embedFrameAncestors());

/**
 * Microsoft's hosts for Teams tabs, in Teams, Outlook and the Microsoft 365 app, as Microsoft's
 * "Prerequisites for tabs" lists them (the internal test hosts left out).
 */
export const teamsFrameAncestors = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

/** Where TeamsJS fetches the current list of Teams hosts when it starts (it falls back to a built-in list). */
export const teamsJsOrigin = 'https://res.cdn.office.net';

/**
 * Teams tab pages: the site page policy, framed by Teams' hosts only, and allowed the one
 * request TeamsJS makes for Microsoft's list of Teams hosts. Only pages under /teams/ get it.
 */
export const teamsCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  `connect-src 'self' ${teamsJsOrigin}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${teamsFrameAncestors.join(' ')}`,
].join('; ');

const common = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Paths served with the widget policy rather than the page policy. */
export const widgetPaths = ['/embed/', '/widgets/'];
/** Paths served with the Teams tab policy. */
export const teamsPaths = ['/teams/'];

/** `options.embedFrameAncestors` overrides the build's list (the tests try a narrowed one). */
export function headersFor(pathname, options = {}) {
  // Decided on the path as it will be served: `/%65mbed/` is an embed page too.
  const path = sitePath(pathname) ?? pathname;
  if (teamsPaths.some((prefix) => path.startsWith(prefix))) return { 'Content-Security-Policy': teamsCsp, ...common };
  const widget = widgetPaths.some((prefix) => path.startsWith(prefix));
  const widgetPolicy = options.embedFrameAncestors ? widgetCspFor(options.embedFrameAncestors) : widgetCsp;
  return {
    'Content-Security-Policy': widget ? widgetPolicy : pageCsp,
    ...common,
    ...(widget ? { 'Cross-Origin-Resource-Policy': 'cross-origin', 'Access-Control-Allow-Origin': '*' } : { 'X-Frame-Options': 'SAMEORIGIN' }),
  };
}

/**
 * The same rules in the `_headers` format of static hosts such as Cloudflare Pages. Every
 * matching block applies, so the widget and Teams blocks first detach (`! Name`) the page
 * policy and frame ban they inherit from `/*`: two CSP headers would both be enforced.
 */
export function headersFile() {
  const page = headersFor('/');
  const lines = (headers) => Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`);
  const blocks = [['/*', ...lines(page)]];
  for (const prefix of [...widgetPaths, ...teamsPaths]) {
    blocks.push([
      `${prefix}*`,
      '  ! Content-Security-Policy',
      '  ! X-Frame-Options',
      ...lines(headersFor(prefix)).filter((l) => !Object.keys(page).some((k) => l.startsWith(`  ${k}:`) && page[k] === headersFor(prefix)[k])),
    ]);
  }
  return blocks.map((b) => b.join('\n')).join('\n\n') + '\n';
}
