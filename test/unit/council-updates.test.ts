/**
 * Taking a new national release: the build warns where a council's local page or note points
 * at a national page that is gone, or that was reviewed after the local page or note was.
 * Fixture: test/fixtures/council-stale (a local page and a note written against an old release,
 * and a page and a note checked since).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { loadEdition } from '../../src/council/settings.ts';
import { guidanceLinks, readUpdateInputs, siteLinks, updateWarnings, type UpdateInputs } from '../../src/council/update-warnings.ts';
import { councilEdition } from '../../src/council/integration.ts';
import { contentDir, root } from '../helpers/council.ts';

const fixture = join(root, 'test/fixtures/council-stale');

describe('update warnings', () => {
  const base: UpdateInputs = {
    national: new Map([
      ['kept', '2026-11-27'],
      ['changed', '2026-12-15'],
    ]),
    nationalPaths: new Set(['/checklists/assessment/', '/case-studies/lincolnshire/', '/training/four-is-for-leaders/', '/tools/four-is/']),
    origin: 'https://kit.northshire.example',
    localPages: [],
    notes: [],
    settingsFile: 'council/council.json',
  };

  it('warns when a local page points at a national page that was removed', () => {
    const warnings = updateWarnings({ ...base, localPages: [{ file: 'council/pages/panel.mdx', lastReviewed: '2026-12-01', relatesTo: ['gone'], body: '' }] });
    expect(warnings).toEqual([
      expect.stringContaining('council/pages/panel.mdx: points at /guidance/gone/, which is not in this release of the national kit (removed or renamed)'),
    ]);
  });

  it('warns when a national page was reviewed after the local page or note', () => {
    const warnings = updateWarnings({
      ...base,
      localPages: [{ file: 'council/pages/panel.mdx', lastReviewed: '2026-12-01', relatesTo: ['changed', 'kept'], body: '' }],
      notes: [{ page: 'changed', reviewed: '2026-12-14' }],
    });
    expect(warnings).toEqual([
      expect.stringContaining("council/pages/panel.mdx: /guidance/changed/ was reviewed on 2026-12-15, after this page's lastReviewed (2026-12-01)"),
      expect.stringContaining("council/council.json localNotes.0: /guidance/changed/ was reviewed on 2026-12-15, after the note's reviewed date (2026-12-14)"),
    ]);
  });

  it('says nothing when the local material was checked on or after the national review', () => {
    expect(
      updateWarnings({
        ...base,
        localPages: [{ file: 'p.mdx', lastReviewed: '2026-12-15', relatesTo: ['changed'], body: 'See [kept](/guidance/kept/).' }],
        notes: [{ page: 'changed', reviewed: '2026-12-15' }],
      }),
    ).toEqual([]);
  });

  it("finds national pages linked from a local page's text", () => {
    expect(guidanceLinks('Read [a](/guidance/what-to-monitor/) and [b](/guidance/what-to-monitor/#x), not [c](/local/panel/).')).toEqual(['what-to-monitor']);
  });

  it("finds the kit's own pages in any link a text writes: Markdown, HTML, written out, or on the council's own origin, and no other site's", () => {
    const text = [
      '[a](/checklists/assessment/), <a href="/case-studies/lincolnshire/">b</a>, see /training/four-is-for-leaders/handout/',
      'and https://kit.northshire.example/tools/four-is/ but not https://www.gov.uk/guidance/working-together-to-improve-school-attendance',
      'nor /local/panel/, a file such as report/guidance/x/, or [c](https://other.example/checklists/x/)',
    ].join('\n');
    expect(siteLinks(text, 'https://kit.northshire.example')).toEqual([
      '/checklists/assessment/',
      '/case-studies/lincolnshire/',
      '/training/four-is-for-leaders/',
      '/tools/four-is/',
    ]);
  });

  it('warns when a local page links to a checklist, case study, training plan or tool page the release no longer has', () => {
    const body =
      '[kept](/checklists/assessment/), [gone](/checklists/old-list/), [also gone](https://kit.northshire.example/case-studies/old-case/), [elsewhere](https://www.gov.uk/guidance/old/)';
    const warnings = updateWarnings({ ...base, localPages: [{ file: 'council/pages/panel.mdx', lastReviewed: '2026-12-01', relatesTo: [], body }] });
    expect(warnings).toEqual([
      'council/pages/panel.mdx: points at /checklists/old-list/, which is not in this release of the national kit (removed or renamed). Re-check it and change or remove the link.',
      'council/pages/panel.mdx: points at /case-studies/old-case/, which is not in this release of the national kit (removed or renamed). Re-check it and change or remove the link.',
    ]);
  });

  it("warns about the links written in a note's text and its link, as well as its page", () => {
    const warnings = updateWarnings({
      ...base,
      notes: [
        { page: 'kept', reviewed: '2026-12-01', text: ['Read /guidance/gone/ and /guidance/changed/ first.'], link: 'https://kit.northshire.example/tools/old-tool/' },
        { page: 'kept', reviewed: '2026-12-31', text: ['Nothing to re-check: /guidance/kept/.'] },
      ],
    });
    expect(warnings).toEqual([
      'council/council.json localNotes.0: points at /guidance/gone/, which is not in this release of the national kit (removed or renamed). Re-check it and change or remove the link.',
      expect.stringContaining("council/council.json localNotes.0: /guidance/changed/ was reviewed on 2026-12-15, after the note's reviewed date (2026-12-01)"),
      'council/council.json localNotes.0: points at /tools/old-tool/, which is not in this release of the national kit (removed or renamed). Re-check it and change or remove the link.',
    ]);
  });

  it('reads the fixture council and warns about each stale or missing reference, and nothing else', () => {
    const warnings = updateWarnings(readUpdateInputs(loadEdition(fixture, contentDir)!, contentDir));
    expect(warnings).toHaveLength(6);
    expect(warnings.join('\n')).toContain('old-panel.mdx: points at /guidance/a-page-that-was-removed/');
    expect(warnings.join('\n')).toContain('old-panel.mdx: points at /guidance/another-removed-page/');
    expect(warnings.join('\n')).toContain('old-panel.mdx: points at /checklists/a-retired-checklist/');
    expect(warnings.join('\n')).toContain('council.json localNotes.1: points at /case-studies/a-withdrawn-case/');
    expect(warnings.join('\n')).toMatch(/old-panel\.mdx: \/guidance\/why-attendance-matters\/ was reviewed on \d{4}-\d\d-\d\d, after this page's lastReviewed \(2020-01-01\)/);
    expect(warnings.join('\n')).toMatch(/council\.json localNotes\.0: \/guidance\/why-attendance-matters\/ was reviewed/);
    expect(warnings.join('\n')).not.toContain('fresh-page');
  });
});

describe('the build integration', () => {
  function runSetup(edition: ReturnType<typeof loadEdition>) {
    const warned: string[] = [];
    const routes: string[] = [];
    const logger = { info: () => undefined, warn: (m: string) => warned.push(m) } as unknown as AstroIntegrationLogger;
    const setup = councilEdition(edition, contentDir).hooks['astro:config:setup'] as (options: unknown) => void;
    setup({ logger, injectRoute: (route: { pattern: string }) => routes.push(route.pattern) });
    return { warned, routes };
  }

  it("prints the update warnings when the build starts, and adds the edition's pages", () => {
    const { warned, routes } = runSetup(loadEdition(fixture, contentDir));
    expect(warned).toHaveLength(6);
    expect(routes).toEqual(['/local', '/local/[slug]', '/contacts', '/edition/edition.css']);
  });

  it('adds nothing to the national edition', () => {
    expect(runSetup(undefined)).toEqual({ warned: [], routes: [] });
  });
});
