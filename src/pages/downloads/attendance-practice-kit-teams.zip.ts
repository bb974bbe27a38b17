/** The Teams app package, made at build time from widgets/registry.json for this site's address (integrations/teams/). */
import type { APIRoute } from 'astro';
import pkg from '../../../package.json';
import { registry } from '../../../widgets/registry';
import { teamsAppPackage } from '../../../integrations/teams/package';
import { localNameAttributes } from '../../council/widget-settings';
import { iconColours } from '../../council/brand';
import { edition } from '../../council/edition';

export const GET: APIRoute = ({ site }) => {
  // Teams takes only https tab addresses: a build for councils sets SITE_URL to where it is served.
  if (site!.protocol !== 'https:') console.warn(`The Teams app package names ${site!.origin}; Teams needs https. Build with SITE_URL=https://… for a package to upload.`);
  const zip = teamsAppPackage({ siteUrl: site!.origin, version: pkg.version, widgets: registry.widgets, localNames: localNameAttributes(), iconColours: iconColours(edition) });
  return new Response(new Blob([zip as Uint8Array<ArrayBuffer>]), { headers: { 'Content-Type': 'application/zip' } });
};
