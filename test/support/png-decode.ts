/**
 * A small PNG decoder for tests: 8-bit RGBA or RGB, non-interlaced (what resvg writes), with
 * the five scanline filters of the PNG spec. Returns RGBA pixels.
 */
import { inflateSync } from "node:zlib";

/** Decoded image: width, height and RGBA bytes, row by row. */
export interface DecodedPng {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** Decode `png`; throws on a colour type or bit depth it does not handle. */
export function decodePng(png: Uint8Array): DecodedPng {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let off = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Uint8Array[] = [];
  while (off < png.length) {
    const len = view.getUint32(off);
    const type = String.fromCharCode(...png.subarray(off + 4, off + 8));
    const data = png.subarray(off + 8, off + 8 + len);
    if (type === "IHDR") {
      width = view.getUint32(off + 8);
      height = view.getUint32(off + 12);
      const depth = data[8];
      const colour = data[9];
      if (depth !== 8 || (colour !== 6 && colour !== 2) || data[12] !== 0) throw new Error(`decodePng: unsupported PNG (depth ${depth}, colour ${colour}, interlace ${data[12]})`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === "IDAT") idat.push(data);
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c;
      const pr = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const add = [0, a, b, (a + b) >> 1, pr][filter];
      if (add === undefined) throw new Error(`decodePng: bad filter ${filter}`);
      out[y * stride + x] = (line[x] + add) & 255;
    }
  }
  if (channels === 4) return { width, height, rgba: out };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([out[3 * i], out[3 * i + 1], out[3 * i + 2], 255], 4 * i);
  return { width, height, rgba };
}

/** Whether pixel (x, y) is blank (every channel above 245: white paper). */
export function isBlank(img: DecodedPng, x: number, y: number): boolean {
  const i = 4 * (y * img.width + x);
  return img.rgba[i] > 245 && img.rgba[i + 1] > 245 && img.rgba[i + 2] > 245;
}

/** The ink's extent along an axis and the longest run of fully blank lines strictly inside it. */
export function blankRuns(img: DecodedPng, axis: "rows" | "cols"): { first: number; last: number; longest: number } {
  const n = axis === "rows" ? img.height : img.width;
  const m = axis === "rows" ? img.width : img.height;
  const blank = Array.from({ length: n }, (_, i) => {
    for (let j = 0; j < m; j++) if (!(axis === "rows" ? isBlank(img, j, i) : isBlank(img, i, j))) return false;
    return true;
  });
  const first = blank.indexOf(false);
  const last = blank.lastIndexOf(false);
  let longest = 0;
  let run = 0;
  for (let i = first; i <= last; i++) {
    run = blank[i] ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return { first, last, longest };
}
