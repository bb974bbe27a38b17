// Draws the app icons (the favicon's tick on the kit's blue) as PNG files into public/icons/,
// for the web app manifest: browsers want raster icons of set sizes to offer "install". The
// Teams app package (integrations/teams/package.ts) draws its icons with the same png().
// Plain Node (zlib), so nothing is downloaded and nothing binary is kept in the repository.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

const blue = [0x0b, 0x3d, 0x6b];
const white = [0xff, 0xff, 0xff];
// The favicon's tick, on its 32-unit grid: M8 17 l5 5 l11 -12, 4 units wide.
const tick = [
  [8, 17],
  [13, 22],
  [24, 10],
];

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * One pixel's colour; `inset` shrinks the drawing into the safe zone of a maskable icon.
 * `outline` draws the tick alone, white on transparent (what Teams asks of an outline icon).
 */
function colourAt(x, y, size, inset, rounded, outline) {
  const unit = size / 32;
  const u = x / unit;
  const v = y / unit;
  if (rounded) {
    const r = 4;
    const cx = Math.min(Math.max(u, r), 32 - r);
    const cy = Math.min(Math.max(v, r), 32 - r);
    if (Math.hypot(u - cx, v - cy) > r) return null;
  }
  const scale = 1 - inset * 2;
  const gu = (u - 16) / scale + 16;
  const gv = (v - 16) / scale + 16;
  const near = Math.min(distanceToSegment(gu, gv, tick[0], tick[1]), distanceToSegment(gu, gv, tick[1], tick[2]));
  if (near <= 2) return white;
  return outline ? null : blue;
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGBA PNG, each pixel averaged over 4x4 samples so the edges are smooth. */
export function png(size, inset, rounded, outline = false) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const colour = colourAt(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4, size, inset, rounded, outline);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 255;
        }
      const covered = a / 255;
      row.set(covered ? [r / covered, g / covered, b / covered, a / 16] : [0, 0, 0, 0], 1 + x * 4);
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = resolve(import.meta.dirname, '..', process.argv[2] ?? 'public', 'icons');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'icon-192.png'), png(192, 0, true));
  writeFileSync(join(outDir, 'icon-512.png'), png(512, 0, true));
  // Maskable: full bleed, drawing inside the central safe zone.
  writeFileSync(join(outDir, 'icon-maskable-512.png'), png(512, 0.1, false));
}
