/**
 * The SharePoint package, for councils to download from the SharePoint guide. Built by
 * `npm run build:sharepoint` with SPFx's own toolchain and committed (integrations/sharepoint/sppkg/).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';

export const GET: APIRoute = async () =>
  new Response(await readFile(resolve('integrations/sharepoint/sppkg/attendance-practice-kit.sppkg')), {
    headers: { 'Content-Type': 'application/octet-stream' },
  });
