/**
 * The Teams app package (integrations/teams/): manifest.json valid against Microsoft's Teams
 * manifest schema (from the @microsoft/app-manifest npm package, read from disk: nothing is
 * fetched), a tab for search and each tool, and the two icons Teams asks for.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { registry } from '../../../widgets/registry.ts';
import { manifestVersion, teamsManifest, teamsStorage, toolTabUrl } from '../manifest.ts';
import { teamsAppPackage } from '../package.ts';
import { teamsColours, themeFromFragment } from '../theme.ts';
import { themeTokens } from '../../shared/host-theme.ts';
import { pngFacts, teamsSchemaErrors } from './package-checks.ts';

const site = 'https://kit.anyshire.gov.uk';
const options = { siteUrl: site, version: '1.4.2', widgets: registry.widgets };

describe('Teams app manifest', () => {
  it('validates against Microsoft’s Teams manifest schema', () => {
    expect(teamsSchemaErrors(teamsManifest(options))).toEqual([]);
  });

  it('fails the schema when something Teams requires is wrong (the check is real)', () => {
    const broken = { ...teamsManifest(options), id: 'not-a-guid', accentColor: 'blue' };
    expect(teamsSchemaErrors(broken).length).toBeGreaterThan(0);
  });

  it('has a personal tab for search and one for each tool in the registry, all on the site’s /teams/ pages', () => {
    const manifest = teamsManifest(options);
    expect(manifest.manifestVersion).toBe(manifestVersion);
    expect(manifest.staticTabs.map((t) => t.entityId)).toEqual(['search', ...registry.widgets.map((w) => w.tag)]);
    expect(manifest.staticTabs[0]!.contentUrl).toBe(`${site}/teams/search/`);
    for (const widget of registry.widgets) {
      const tab = manifest.staticTabs.find((t) => t.entityId === widget.tag)!;
      expect(tab.name).toBe(widget.title);
      expect(tab.contentUrl).toBe(toolTabUrl(site, widget));
      expect(tab.contentUrl).toContain(`storage=${teamsStorage}`);
      expect(tab.websiteUrl.startsWith(`${site}/`)).toBe(true);
      expect(tab.scopes).toEqual(['personal']);
    }
    expect(manifest.validDomains).toEqual(['kit.anyshire.gov.uk']);
    expect(manifest.version).toBe('1.4.2');
  });

  it('hands a council edition’s own names to each tool tab that takes them, in the address its embed page reads', () => {
    const names = { 'attendance-team': 'the Anyshire Attendance Support Team', 'virtual-school': 'Anyshire Virtual School' };
    const manifest = teamsManifest({ ...options, localNames: names });
    const query = (tag: string) => new URL(manifest.staticTabs.find((t) => t.entityId === tag)!.contentUrl).searchParams;
    expect(query('attendance-checklist').get('attendance-team')).toBe('the Anyshire Attendance Support Team');
    expect(query('attendance-four-is').get('virtual-school')).toBe('Anyshire Virtual School');
    // The calculator names no team, so it is given none.
    expect([...query('attendance-calculator').keys()]).toEqual(['storage']);
    expect(new URL(manifest.staticTabs[1]!.contentUrl).hash).toBe('#theme={theme}');
  });

  it('names every address on https when the site is served on https', () => {
    const { $schema, ...manifest } = teamsManifest(options);
    expect($schema).toMatch(/^https:\/\/developer\.microsoft\.com\//);
    const text = JSON.stringify(manifest);
    expect(text.match(/"https?:\/\/[^"]*"/g)!.every((url) => url.startsWith(`"${site}/`))).toBe(true);
  });

  it('refuses to make a tab for a tool it has no site page for', () => {
    expect(() => teamsManifest({ ...options, widgets: [...registry.widgets, { tag: 'attendance-new', title: 'New', summary: '', attributes: {} }] })).toThrow(
      /no site page for attendance-new/,
    );
  });
});

describe('Teams app package', () => {
  const zip = unzipSync(teamsAppPackage(options));

  it('zips manifest.json with a 192 × 192 colour icon and a 32 × 32 white-on-transparent outline icon', () => {
    expect(Object.keys(zip).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(strFromU8(zip['manifest.json']!)) as ReturnType<typeof teamsManifest>;
    expect(teamsSchemaErrors(manifest)).toEqual([]);
    const colour = pngFacts(zip[manifest.icons.color]!);
    expect([colour.width, colour.height]).toEqual([192, 192]);
    expect(colour.opaqueShare).toBe(1);
    const outline = pngFacts(zip[manifest.icons.outline]!);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(outline.whiteOrClear).toBe(true);
    expect(outline.opaqueShare).toBeGreaterThan(0);
    expect(outline.opaqueShare).toBeLessThan(0.5);
  });

  it('gives the same bytes for the same inputs', () => {
    expect(Buffer.from(teamsAppPackage(options)).equals(Buffer.from(teamsAppPackage(options)))).toBe(true);
  });
});

describe('Teams themes', () => {
  it('reads the theme Teams put in the tab’s address', () => {
    expect(themeFromFragment('#theme=dark')).toBe('dark');
    expect(themeFromFragment('#theme={theme}')).toBe('{theme}');
    expect(themeFromFragment('')).toBeUndefined();
  });

  it('dresses a tool in Teams’ dark and high contrast themes, and leaves it alone for anything else', () => {
    expect(themeTokens(teamsColours('dark'))['--apk-color-background']).toBe('#292929');
    expect(themeTokens(teamsColours('contrast'))).toMatchObject({ '--apk-color-background': '#000000', '--apk-color-text': '#ffffff', '--apk-color-accent': '#ffff00' });
    expect(teamsColours('{theme}')).toBeUndefined();
    expect(teamsColours('constructor')).toBeUndefined();
  });
});
