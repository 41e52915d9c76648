// Draws the extension icons (icons/icon-<size>.png): a teal tile with a white thought bubble and an
// amber underline inside it. Run: node icons/draw-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [15, 118, 110];
const WHITE = [255, 255, 255];
const AMBER = [245, 158, 11];

/** Signed distances (negative inside) in a 0..1 square. */
const roundedSquare = (x, y, r) => {
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
const ellipse = (x, y, cx, cy, rx, ry) => (Math.hypot((x - cx) / rx, (y - cy) / ry) - 1) * Math.min(rx, ry);
const bar = (x, y, x0, x1, cy, h) => Math.max(x0 - x, x - x1, Math.abs(y - cy) - h);

function layers(x, y) {
  const bubble = Math.min(ellipse(x, y, 0.55, 0.43, 0.33, 0.25), circle(x, y, 0.24, 0.76, 0.07), circle(x, y, 0.13, 0.88, 0.04));
  return [
    [roundedSquare(x, y, 0.2), TEAL],
    [bubble, WHITE],
    [bar(x, y, 0.38, 0.72, 0.47, 0.045), AMBER],
  ];
}

function pixel(x, y, size) {
  let rgba = [0, 0, 0, 0];
  for (const [distance, color] of layers(x, y)) {
    // About one pixel of anti-aliasing at every size.
    const coverage = Math.min(1, Math.max(0, 0.5 - distance * size));
    const alpha = coverage + rgba[3] * (1 - coverage);
    if (alpha === 0) continue;
    rgba = [...color.map((c, i) => (c * coverage + rgba[i] * rgba[3] * (1 - coverage)) / alpha), alpha];
  }
  return rgba.map((v, i) => Math.round(i === 3 ? v * 255 : v));
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
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rows = [];
  for (let row = 0; row < size; row++) {
    const line = [0]; // filter: none
    for (let col = 0; col < size; col++) line.push(...pixel((col + 0.5) / size, (row + 0.5) / size, size));
    rows.push(Buffer.from(line));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`icon-${size}.png`, import.meta.url), png(size));
