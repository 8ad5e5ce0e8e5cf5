import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { encodePng } from '../../src/cards/encode-png.ts';

/** A minimal reader for what encodePng writes: IHDR, IDAT, filters None and Up. */
function decode(png: Buffer) {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    chunks.set(png.toString('latin1', at + 4, at + 8), png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const header = chunks.get('IHDR')!;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  assert.ok(chunks.has('IEND'));
  const raw = inflateSync(chunks.get('IDAT')!);
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    assert.ok(filter === 0 || filter === 2, `row ${y}: filter ${filter}`);
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      pixels[y * stride + x] = filter === 2 ? (v + pixels[(y - 1) * stride + x]!) & 0xff : v;
    }
  }
  return { width, height, pixels };
}

test('a PNG holds exactly the pixels given, repeated rows included', () => {
  const [width, height] = [7, 9];
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    // Rows 3–5 repeat row 2 (the Up filter's case); the others differ.
    const source = y >= 3 && y <= 5 ? 2 : y;
    for (let i = 0; i < width * 4; i++) rgba[y * width * 4 + i] = (source * 37 + i * 11) & 0xff;
  }
  const decoded = decode(encodePng(rgba, width, height));
  assert.equal(decoded.width, width);
  assert.equal(decoded.height, height);
  assert.ok(decoded.pixels.equals(Buffer.from(rgba)));
  // A second image of another size must not see the first one's scratch memory.
  const small = new Uint8Array(2 * 2 * 4).fill(200);
  assert.ok(decode(encodePng(small, 2, 2)).pixels.equals(Buffer.from(small)));
});
