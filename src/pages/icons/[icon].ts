/** The install icons the web app manifest lists, drawn in the edition's colours (src/lib/app-icon.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { iconPng, type IconShape } from '../../lib/app-icon';
import { iconColours } from '../../council/brand';
import { edition } from '../../council/edition';

const icons: Record<string, { size: number; shape: IconShape }> = {
  'icon-192.png': { size: 192, shape: { rounded: true } },
  'icon-512.png': { size: 512, shape: { rounded: true } },
  // Maskable: full bleed, the tick inside the central safe zone.
  'icon-maskable-512.png': { size: 512, shape: { inset: 0.1 } },
};

export const getStaticPaths = (() => Object.keys(icons).map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { size, shape } = icons[params.icon!]!;
  return new Response(new Uint8Array(iconPng(size, iconColours(edition), shape)), { headers: { 'Content-Type': 'image/png' } });
};
