/**
 * Where on this site a request or a link really goes, decided in one place (issue 14). The
 * security headers (scripts/security-headers.mjs and the server), the service worker's rules
 * (src/service-worker/policy.ts) and presenter mode's links all ask here, so that a path spelt another way
 * (`/%65mbed/`, `/guidance/..%2Fembed/`, `//embed/`, `/\embed/`) is judged as the path a server
 * will serve, never by its spelling. No DOM and no Node: the worker uses it too. Whether a widget's link stays on
 * the site is widgets/shared/on-this-site.ts (widgets never import the site's code).
 */

/** Percent-decoding rounds before a path is refused: a server decodes once, a proxy may again. */
const decodeRounds = 3;

/**
 * A URL path as a server would take it: percent-decoded, backslashes read as slashes, repeated
 * slashes and `.` and `..` segments resolved; a trailing slash is kept. Undefined when it cannot
 * be read (bad or nested percent-encoding, control characters): refuse such a path rather than
 * guess.
 */
export function sitePath(pathname: string): string | undefined {
  let path = pathname;
  for (let round = 0; path.includes('%'); round += 1) {
    if (round === decodeRounds) return undefined;
    try {
      path = decodeURIComponent(path);
    } catch {
      return undefined;
    }
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) return undefined;
  const parts = path.replace(/\\/g, '/').split('/');
  const segments: string[] = [];
  for (const part of parts) {
    if (part === '..') segments.pop();
    else if (part !== '' && part !== '.') segments.push(part);
  }
  const last = parts.at(-1);
  const directory = segments.length > 0 && (last === '' || last === '.' || last === '..');
  return `/${segments.join('/')}${directory ? '/' : ''}`;
}
