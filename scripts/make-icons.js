/**
 * Draws the add-in's icons (assets/icon-16/32/64/80.png) without any image tool: a rounded teal
 * square with three white bars rising left to right (a score chart). The PNGs are committed; run
 * `node scripts/make-icons.js` again only to change the design.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const TEAL = [0, 120, 130, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function pixel(size, x, y) {
  const r = size * 0.18; // corner radius
  const inCorner = (cx, cy) => (x - cx) ** 2 + (y - cy) ** 2 > r * r;
  if (x < r && y < r && inCorner(r, r)) return CLEAR;
  if (x > size - 1 - r && y < r && inCorner(size - 1 - r, r)) return CLEAR;
  if (x < r && y > size - 1 - r && inCorner(r, size - 1 - r)) return CLEAR;
  if (x > size - 1 - r && y > size - 1 - r && inCorner(size - 1 - r, size - 1 - r)) return CLEAR;
  const margin = size * 0.2;
  const barWidth = (size - 2 * margin) / 5;
  const heights = [0.35, 0.6, 0.85];
  for (let i = 0; i < 3; i++) {
    const left = margin + i * 2 * barWidth;
    const top = size - margin - heights[i] * (size - 2 * margin);
    if (x >= left && x < left + barWidth && y >= top && y < size - margin) return WHITE;
  }
  return TEAL;
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const p = pixel(size, x + 0.5, y + 0.5);
      for (let k = 0; k < 4; k++) raw[y * (size * 4 + 1) + 1 + x * 4 + k] = p[k];
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = path.join(__dirname, "..", "assets");
fs.mkdirSync(dir, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
console.log(`wrote ${SIZES.map((s) => `assets/icon-${s}.png`).join(", ")}`);
