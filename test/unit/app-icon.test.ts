/**
 * The app icons drawn at build time (src/lib/app-icon.ts): the kit's blue with a white tick, or
 * a council edition's accent with its text colour, in the PNG sizes the manifest lists, the
 * favicon and the Teams package.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { iconPng, iconSvg, kitIconColours, longHex } from '../../src/lib/app-icon.ts';
import { iconColours } from '../../src/council/brand.ts';
import { teamsAppPackage } from '../../integrations/teams/package.ts';
import { pngFacts } from '../../integrations/teams/test/package-checks.ts';
import { registry } from '../../widgets/registry.ts';
import type { Edition } from '../../src/council/settings.ts';

const council = { background: '#226c7a', foreground: '#ffffff' };
// On the 32-unit grid: (4, 28) is tile, (13, 22) is on the tick, (0.2, 0.2) is outside a rounded corner.
const at = (size: number, u: number, v: number) => [Math.floor((u / 32) * size), Math.floor((v / 32) * size)] as const;

describe('app icons', () => {
  it('draws the tile in the background colour and the tick in the foreground colour', () => {
    const icon = pngFacts(iconPng(192, council, { rounded: true }));
    expect([icon.width, icon.height]).toEqual([192, 192]);
    expect(icon.pixel(...at(192, 4, 28))).toEqual([0x22, 0x6c, 0x7a, 255]);
    expect(icon.pixel(...at(192, 13, 22))).toEqual([255, 255, 255, 255]);
    expect(icon.pixel(0, 0)[3]).toBe(0);
  });

  it('draws the kit’s own blue by default, full bleed when maskable', () => {
    const icon = pngFacts(iconPng(512, undefined, { inset: 0.1 }));
    expect(icon.pixel(0, 0)).toEqual([0x0b, 0x3d, 0x6b, 255]);
    expect(icon.opaqueShare).toBe(1);
  });

  it('colours the favicon the same way, widening #rgb', () => {
    expect(iconSvg({ background: '#036', foreground: '#FFF' })).toMatch(/<rect[^>]*fill="#003366"[^>]*\/><path[^>]*stroke="#ffffff"/);
    expect(iconSvg()).toContain('fill="#0b3d6b"');
    expect(longHex('#ABC')).toBe('#aabbcc');
    expect(() => longHex('blue')).toThrow(/not a #rrggbb or #rgb colour/);
  });

  it('takes a council edition’s accent and its text colour, and the kit’s colours without a brand', () => {
    const brand = { accent: '#226c7a', accentText: '#ffffff', logo: 'logo.svg', logoAlt: 'Anyshire' };
    expect(iconColours({ brand } as unknown as Edition)).toEqual(council);
    expect(iconColours({} as Edition)).toEqual(kitIconColours);
    expect(iconColours(undefined)).toEqual(kitIconColours);
  });

  it('gives the Teams package the edition’s accent, on its colour icon and as its accent colour', () => {
    const zip = unzipSync(teamsAppPackage({ siteUrl: 'https://kit.anyshire.gov.uk', version: '1.0.0', widgets: registry.widgets, iconColours: council }));
    const manifest = JSON.parse(strFromU8(zip['manifest.json']!)) as { accentColor: string; icons: { color: string } };
    expect(manifest.accentColor).toBe('#226C7A');
    expect(pngFacts(zip[manifest.icons.color]!).pixel(2, 2)).toEqual([0x22, 0x6c, 0x7a, 255]);
  });
});
