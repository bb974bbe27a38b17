/**
 * What the council guide (src/pages/councils/index.astro) says about the site's security
 * headers: every source a policy in scripts/security-headers.mjs allows beyond the page's own
 * origin, and why. Read from the policies themselves, so the guide cannot leave one out; a
 * source with no reason here fails test/unit/council-guide.test.ts until one is written.
 */

/** The Trusted Types policy the widgets create: Lit's, once in each widget file (lit-html's own source names it). */
export const trustedTypesPolicy = 'lit-html';

/** Why each extra source is allowed, by the source as the policy writes it. */
export const extraReasons: Readonly<Record<string, string>> = {
  'data:': 'small images written into a stylesheet, as the search’s styles do; no script can come from it',
  '*': 'any site may frame the tools’ embed pages and load their files: that is what they are for',
};

export interface ExtraSource {
  directive: string;
  source: string;
  reason: string | undefined;
}

/** Sources that add nothing beyond the page's own origin, or that forbid. */
const ownOrNone = new Set(["'self'", "'none'"]);
/** Directives that list sources (others, such as require-trusted-types-for, take keywords). */
const sourceList = /-src$|^frame-ancestors$|^base-uri$|^form-action$/;

/** Every source a policy allows beyond its own origin, with the reason for it (undefined when none is written). */
export function extraSources(policy: string): ExtraSource[] {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter(([directive]) => sourceList.test(directive!))
    .flatMap(([directive, ...sources]) => sources.filter((source) => !ownOrNone.has(source)).map((source) => ({ directive: directive!, source, reason: extraReasons[source] })));
}
