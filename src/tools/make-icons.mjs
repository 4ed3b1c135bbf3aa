// Draws Corroborate's toolbar icon (two overlapping speech marks on a rounded square, the front one
// ticked) at 16, 32, 48 and 128 px and writes icons/icon-N.png. Run by hand when the design changes.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; // 8-bit RGBA
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square; each returns true when (x, y) is inside.
const inRoundedSquare = (x, y, r = 0.2) => {
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0), dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const inBubble = (x, y, cx, cy, w, h) => {
  const nx = (x - cx) / w, ny = (y - cy) / h;
  return nx * nx + ny * ny <= 1 || (y > cy && y < cy + h * 1.25 && x > cx - w * 0.55 && x < cx - w * 0.55 + (cy + h * 1.25 - y) * 0.8);
};
const nearSegment = (x, y, [ax, ay], [bx, by], width) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= width;
};

function paint(x, y) {
  if (!inRoundedSquare(x, y)) return [0, 0, 0, 0];
  const tick = nearSegment(x, y, [0.45, 0.6], [0.55, 0.7], 0.045) || nearSegment(x, y, [0.55, 0.7], [0.74, 0.46], 0.045);
  if (tick) return [21, 94, 117, 255];
  if (inBubble(x, y, 0.6, 0.58, 0.26, 0.22)) return [255, 255, 255, 255];
  if (inBubble(x, y, 0.42, 0.4, 0.26, 0.22)) return [164, 214, 226, 255];
  return [21, 94, 117, 255];
}

mkdirSync('icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const samples = 4; // supersampling for smooth edges at small sizes
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) for (let px = 0; px < size; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < samples; sy++) for (let sx = 0; sx < samples; sx++) {
      const c = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
      for (let i = 0; i < 3; i++) acc[i] += c[i] * c[3];
      acc[3] += c[3];
    }
    const o = (py * size + px) * 4;
    for (let i = 0; i < 3; i++) rgba[o + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0;
    rgba[o + 3] = Math.round(acc[3] / (samples * samples));
  }
  writeFileSync(`icons/icon-${size}.png`, encodePng(size, rgba));
}
console.log('icons written');
