/** Who may frame what (scripts/security-headers.mjs): site pages, embed pages and Teams tab pages. */
import { describe, expect, it } from 'vitest';
import { embedFrameAncestors, headersFile, headersFor, teamsFrameAncestors } from '../../scripts/security-headers.mjs';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';
const headers = (path: string, options?: { embedFrameAncestors?: string[] }) => headersFor(path, options) as Record<string, string | undefined>;
const csp = (path: string, options?: { embedFrameAncestors?: string[] }) => headers(path, options)['Content-Security-Policy']!;

describe('security headers', () => {
  it('lets only the site itself frame an ordinary page', () => {
    for (const path of ['/', '/search/', '/tools/attendance-calculator/', '/councils/sharepoint/']) {
      expect(directive(csp(path), 'frame-ancestors'), path).toBe("frame-ancestors 'self'");
      expect(headers(path)['X-Frame-Options'], path).toBe('SAMEORIGIN');
    }
  });

  it('lets any site frame the embed pages by default, SharePoint included, under the strict widget policy', () => {
    expect(directive(csp('/embed/attendance-checklist/'), 'frame-ancestors')).toBe('frame-ancestors *');
    expect(csp('/embed/attendance-checklist/')).toContain("require-trusted-types-for 'script'");
    expect(headers('/embed/attendance-checklist/')['X-Frame-Options']).toBeUndefined();
  });

  it('narrows who may frame the embed pages to the hosts a council lists at build time', () => {
    expect(embedFrameAncestors({ EMBED_FRAME_ANCESTORS: ' https://anyshire.sharepoint.com  https://www.anyshire.gov.uk ' })).toEqual([
      'https://anyshire.sharepoint.com',
      'https://www.anyshire.gov.uk',
    ]);
    expect(embedFrameAncestors({})).toEqual(['*']);
    expect(directive(csp('/embed/attendance-calculator/', { embedFrameAncestors: ['https://*.sharepoint.com'] }), 'frame-ancestors')).toBe(
      'frame-ancestors https://*.sharepoint.com',
    );
  });

  it('lets Teams’ hosts, and only them, frame the Teams tab pages', () => {
    const policy = csp('/teams/attendance-calculator/');
    expect(directive(policy, 'frame-ancestors')).toBe(`frame-ancestors ${teamsFrameAncestors.join(' ')}`);
    expect(teamsFrameAncestors).toEqual(expect.arrayContaining(['https://teams.microsoft.com', 'https://*.teams.microsoft.com', 'https://*.cloud.microsoft']));
    expect(teamsFrameAncestors.every((host) => host.startsWith('https://'))).toBe(true);
    expect(headers('/teams/search/')['X-Frame-Options']).toBeUndefined();
    // The one request beyond the site: TeamsJS's list of Teams hosts, from Microsoft's CDN.
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' https://res.cdn.office.net");
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('writes a _headers block for the Teams pages that drops the page policy and frame ban', () => {
    const block = headersFile()
      .split('\n\n')
      .find((b) => b.startsWith('/teams/*'))!;
    expect(block).toContain('! Content-Security-Policy');
    expect(block).toContain('! X-Frame-Options');
    expect(block).toContain('frame-ancestors https://teams.microsoft.com');
  });
});
