/** The web app manifest that makes the site installable: named and coloured for a council edition. */
import type { APIRoute } from 'astro';
import { iconColours } from '../council/brand';
import { councilLabel, edition } from '../council/edition';

export const GET: APIRoute = () => {
  const colours = iconColours(edition);
  const manifest = {
    name: edition ? `Attendance Practice Kit: ${councilLabel(edition)}` : 'Attendance Practice Kit',
    short_name: 'Attendance Kit',
    description:
      "Guidance on the school attendance of children with a social worker, from the Department for Education and two councils' guides, with checklists and tools that work offline.",
    lang: 'en-GB',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: colours.background,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2) + '\n', { headers: { 'Content-Type': 'application/manifest+json' } });
};
