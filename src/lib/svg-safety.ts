/**
 * Checks a council's logo before the site publishes it. The header shows the logo with <img>,
 * where browsers run no script in it, but the file is also served on its own, where an SVG
 * is a document that can run script, load other files or frame HTML. So a logo with any of
 * those is refused, not cleaned: a silently changed logo is worse than a clear message.
 *
 * The checks read the text and err on the side of refusing: a harmless logo that trips one
 * (an `onion` id, say, is fine; an `onion=` attribute is not) is easy to fix in an editor.
 */

/** What is refused, with the words the build message uses. */
const unsafe: [RegExp, string][] = [
  [/<script[\s>/]/i, 'a <script> element'],
  [/<foreignObject[\s>/]/i, 'a <foreignObject> element (it can hold HTML)'],
  [/<(iframe|embed|object|audio|video|animation|handler|listener)[\s>/]/i, 'an element that loads or runs content'],
  [/[\s/:]on[a-z-]+\s*=/i, 'an event attribute such as onload or onclick'],
  [/<!(DOCTYPE|ENTITY)/i, 'a DOCTYPE or entity declaration'],
  [/<\?xml-stylesheet/i, 'an xml-stylesheet instruction (it loads a file)'],
  [/\bhref\s*=(?!\s*["']?\s*#)/i, 'a link or reference to another file (only #fragment references are allowed)'],
  [/\bsrc\s*=/i, 'a src attribute'],
  [/url\((?!\s*["']?\s*#)/i, 'a url() that points outside the file'],
  [/@import/i, 'an @import in a style sheet'],
  [/javascript:/i, 'a javascript: address'],
  [/data:/i, 'an embedded data: address'],
];

/** The largest logo the header will carry: a logo is a few kilobytes. */
export const maxLogoBytes = 50_000;

/** What makes an SVG unsafe to publish; an empty list means it may be used. */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  if (!/<svg[\s>]/i.test(svg)) problems.push('no <svg> element: expected an SVG file');
  if (new TextEncoder().encode(svg).length > maxLogoBytes) problems.push(`larger than ${maxLogoBytes / 1000} KB`);
  for (const [pattern, label] of unsafe) if (pattern.test(svg)) problems.push(label);
  return problems;
}
