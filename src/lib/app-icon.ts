/**
 * The app icons (the favicon's tick on the kit's colour, or on a council edition's accent), as
 * PNG and SVG drawn at build time: browsers want raster icons of set sizes to offer "install",
 * and Teams wants a colour and an outline icon. Plain Node (zlib), so nothing binary is kept in
 * the repository and an edition's icons follow its brand.
 */
import { deflateSync } from 'node:zlib';

export interface IconColours {
  /** The tile, as #rrggbb or #rgb. */
  background: string;
  /** The tick, as #rrggbb or #rgb: readable on the tile (an edition's accentText, checked for contrast). */
  foreground: string;
}

/** The national edition's: the site's blue with a white tick. */
export const kitIconColours: IconColours = { background: '#0b3d6b', foreground: '#ffffff' };

export interface IconShape {
  /** Shrinks the drawing into the safe zone of a maskable icon (a share of each side). */
  inset?: number;
  /** Rounded corners, as the favicon has. */
  rounded?: boolean;
  /** The tick alone on transparent (what Teams asks of an outline icon). */
  outline?: boolean;
}

type Rgb = readonly [number, number, number];

// The tick, on a 32-unit grid, 4 units wide: the PNGs and the favicon are drawn from these points.
const tick = [
  [8, 17],
  [13, 22],
  [24, 10],
] as const;
const cornerRadius = 4;

/** A colour as #rrggbb in lower case: #rgb, as the council settings allow, widened. */
export function longHex(hex: string): string {
  const long = /^#[0-9a-f]{3}$/i.test(hex) ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  if (!/^#[0-9a-f]{6}$/i.test(long)) throw new Error(`app icon: "${hex}" is not a #rrggbb or #rgb colour`);
  return long.toLowerCase();
}

function rgb(hex: string): Rgb {
  const long = longHex(hex);
  const channel = (at: number) => parseInt(long.slice(at, at + 2), 16);
  return [channel(1), channel(3), channel(5)];
}

function distanceToSegment(px: number, py: number, [ax, ay]: readonly number[], [bx, by]: readonly number[]): number {
  const dx = bx! - ax!;
  const dy = by! - ay!;
  const t = Math.max(0, Math.min(1, ((px - ax!) * dx + (py - ay!) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax! + t * dx), py - (ay! + t * dy));
}

function colourAt(x: number, y: number, size: number, shape: Required<IconShape>, tile: Rgb, mark: Rgb): Rgb | null {
  const unit = size / 32;
  const u = x / unit;
  const v = y / unit;
  if (shape.rounded) {
    const cx = Math.min(Math.max(u, cornerRadius), 32 - cornerRadius);
    const cy = Math.min(Math.max(v, cornerRadius), 32 - cornerRadius);
    if (Math.hypot(u - cx, v - cy) > cornerRadius) return null;
  }
  const scale = 1 - shape.inset * 2;
  const gu = (u - 16) / scale + 16;
  const gv = (v - 16) / scale + 16;
  const near = Math.min(distanceToSegment(gu, gv, tick[0], tick[1]), distanceToSegment(gu, gv, tick[1], tick[2]));
  if (near <= 2) return mark;
  return shape.outline ? null : tile;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A square RGBA PNG, each pixel averaged over 4x4 samples so the edges are smooth. */
export function iconPng(size: number, colours: IconColours = kitIconColours, shape: IconShape = {}): Buffer {
  const full = { inset: 0, rounded: false, outline: false, ...shape };
  // An outline icon is white on transparent whatever the brand: Teams recolours it.
  const mark = full.outline ? rgb('#ffffff') : rgb(colours.foreground);
  const tile = rgb(colours.background);
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const colour = colourAt(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4, size, full, tile, mark);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered += 1;
        }
      row.set(covered ? [r / covered, g / covered, b / covered, (covered * 255) / 16] : [0, 0, 0, 0], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** The favicon: the same tick on the same tile, as SVG. */
export function iconSvg(colours: IconColours = kitIconColours): string {
  const [background, foreground] = [longHex(colours.background), longHex(colours.foreground)];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="${cornerRadius}" fill="${background}"/>` +
    `<path d="M${tick.map((point) => point.join(' ')).join('L')}" stroke="${foreground}" stroke-width="4" fill="none"/></svg>\n`
  );
}
