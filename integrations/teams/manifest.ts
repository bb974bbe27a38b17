/**
 * The Teams app manifest, made from widgets/registry.json at build time: a personal app with a
 * static tab for the guidance search and one for each tool. Every tab is a page of the built
 * site under /teams/, the only pages Teams' hosts may frame. Pure: the caller says where the
 * site lives and which version this is.
 */
import { kitIconColours, longHex, type IconColours } from '../../src/lib/app-icon.ts';
import type { RegistryWidget } from '../../widgets/registry.ts';

/** The Teams manifest schema this file follows (from the @microsoft/app-manifest package in the tests). */
export const manifestVersion = '1.25';
/** The app's id in Teams. Fixed, so that a new version replaces the old one in a tenant's catalogue. */
export const teamsAppId = 'cbe721bf-6787-4e52-a10d-0f57192707a2';
export const colourIconName = 'color.png';
export const outlineIconName = 'outline.png';

/**
 * How long a tool keeps work in a Teams tab: until Teams is closed. A council can change
 * `storage=` in each contentUrl of manifest.json (local, session or none) before uploading.
 */
export const teamsStorage = 'session';

/** Where a tool's "open in browser" leads: its page on the site. */
const sitePages: Record<string, string> = {
  'attendance-calculator': '/tools/attendance-calculator/',
  'attendance-checklist': '/checklists/',
  'attendance-push-pull': '/tools/push-and-pull/',
  'attendance-four-is': '/tools/four-is/',
};

export interface ManifestOptions {
  /** Where the site is served, such as https://kit.anyshire.gov.uk (no trailing slash). */
  siteUrl: string;
  /** The kit's version (semver, from package.json). */
  version: string;
  widgets: readonly RegistryWidget[];
  /** A council edition's own names, as widget attributes (src/council/widget-settings.ts); each tab takes those its tool accepts. */
  localNames?: Record<string, string>;
  /** A council edition's icon colours (its accent); the kit's own blue when absent. */
  iconColours?: IconColours;
}

export interface StaticTab {
  entityId: string;
  name: string;
  contentUrl: string;
  websiteUrl: string;
  scopes: string[];
  context: string[];
}

/**
 * The page a tool's tab shows: its settings in the query, as the embed pages take them, and the
 * Teams theme in the fragment ({theme} is Teams' placeholder).
 */
export function toolTabUrl(siteUrl: string, widget: RegistryWidget, localNames: Record<string, string> = {}): string {
  const settings = new URLSearchParams({ storage: teamsStorage });
  for (const [name, value] of Object.entries(localNames)) if (widget.attributes[name]) settings.set(name, value);
  return `${siteUrl}/teams/${widget.tag}/?${settings}#theme={theme}`;
}

export function teamsManifest({ siteUrl, version, widgets, localNames, iconColours }: ManifestOptions) {
  const site = siteUrl.replace(/\/+$/, '');
  const host = new URL(site).host;
  const tab = (entityId: string, name: string, contentUrl: string, websiteUrl: string): StaticTab => ({
    entityId,
    name,
    contentUrl,
    websiteUrl,
    scopes: ['personal'],
    context: ['personalTab'],
  });
  const missing = widgets.filter((w) => !sitePages[w.tag]);
  if (missing.length > 0) throw new Error(`integrations/teams/manifest.ts: no site page for ${missing.map((w) => w.tag).join(', ')}`);
  return {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`,
    manifestVersion,
    version: version.replace(/[-+].*$/, ''),
    id: teamsAppId,
    developer: {
      name: 'Attendance Practice Kit',
      websiteUrl: `${site}/councils/teams/`,
      privacyUrl: `${site}/councils/teams/#data`,
      termsOfUseUrl: `${site}/sources/`,
    },
    name: { short: 'Attendance Practice Kit', full: 'Attendance Practice Kit: guidance and tools' },
    description: {
      short: 'Attendance guidance and tools for children with a social worker.',
      full:
        "Search attendance guidance from the Department for Education and two councils' guides, retold in plain English, and use the tools beside it: " +
        widgets.map((w) => w.title.toLowerCase()).join(', ') +
        '. What you type into a tool stays on this device: the tools send nothing anywhere.',
    },
    icons: { color: colourIconName, outline: outlineIconName },
    accentColor: longHex((iconColours ?? kitIconColours).background).toUpperCase(),
    staticTabs: [
      tab('search', 'Search', `${site}/teams/search/`, `${site}/search/`),
      ...widgets.map((w) => tab(w.tag, w.title, toolTabUrl(site, w, localNames), `${site}${sitePages[w.tag]}`)),
    ],
    validDomains: [host],
  };
}
