/**
 * PNG chunk handling for figure metadata: a CRC-32, inserting an iTXt chunk with keyword
 * "sorn-lab" after IHDR, reading it back, and reading the image size. Pure byte work.
 */
import { strFromU8, strToU8, unzlibSync } from "fflate";
import type { FigureMetadata } from "./svg";

/** The keyword of the chunk that carries a figure's metadata JSON. */
export const PNG_KEYWORD = "sorn-lab";

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

import { crc32 } from "../models/io/crc32";

/** CRC-32 of PNG chunks (shared with the npz reader). */
export { crc32 };

/** One chunk as found in a PNG file. */
interface Chunk {
  type: string;
  /** Offset of the chunk's length field. */
  start: number;
  /** Offset just past its CRC. */
  end: number;
  data: Uint8Array;
}

function checkSignature(png: Uint8Array): void {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error("png: not a PNG file (bad signature)");
}

/** The chunks of a PNG; throws on a bad signature, a truncated chunk or a CRC mismatch. */
function chunks(png: Uint8Array): Chunk[] {
  checkSignature(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: Chunk[] = [];
  let pos = 8;
  while (pos + 12 <= png.length) {
    const len = view.getUint32(pos);
    const end = pos + 12 + len;
    if (end > png.length) throw new Error(`png: chunk at byte ${pos} runs past the end of the file`);
    const type = String.fromCharCode(...png.subarray(pos + 4, pos + 8));
    if (crc32(png.subarray(pos + 4, pos + 8 + len)) !== view.getUint32(pos + 8 + len)) {
      throw new Error(`png: CRC mismatch in ${type} chunk at byte ${pos}`);
    }
    out.push({ type, start: pos, end, data: png.subarray(pos + 8, pos + 8 + len) });
    pos = end;
    if (type === "IEND") break;
  }
  if (out.length === 0 || out[0].type !== "IHDR") throw new Error("png: first chunk is not IHDR");
  return out;
}

/** Width and height from a PNG's IHDR chunk. */
export function readPngSize(png: Uint8Array): { width: number; height: number } {
  const ihdr = chunks(png)[0].data;
  const v = new DataView(ihdr.buffer, ihdr.byteOffset, ihdr.byteLength);
  return { width: v.getUint32(0), height: v.getUint32(4) };
}

/** An encoded chunk: length, type, data, CRC. */
export function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  v.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** `png` with an uncompressed iTXt chunk (keyword "sorn-lab", UTF-8 `text`) inserted after IHDR. */
export function insertPngText(png: Uint8Array, text: string, keyword = PNG_KEYWORD): Uint8Array {
  const ihdr = chunks(png)[0];
  const kw = strToU8(keyword, true);
  const body = strToU8(text);
  // keyword \0, compression flag 0, method 0, language "" \0, translated keyword "" \0, text
  const data = new Uint8Array(kw.length + 5 + body.length);
  data.set(kw, 0);
  data.set(body, kw.length + 5);
  const chunk = encodeChunk("iTXt", data);
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, ihdr.end), 0);
  out.set(chunk, ihdr.end);
  out.set(png.subarray(ihdr.end), ihdr.end + chunk.length);
  return out;
}

/** The text of the first iTXt or tEXt chunk with `keyword`, or null. */
export function readPngText(png: Uint8Array, keyword = PNG_KEYWORD): string | null {
  const latin1 = (b: Uint8Array): string => strFromU8(b, true);
  for (const c of chunks(png)) {
    if (c.type !== "iTXt" && c.type !== "tEXt") continue;
    const z = c.data.indexOf(0);
    if (z < 0 || latin1(c.data.subarray(0, z)) !== keyword) continue;
    if (c.type === "tEXt") return latin1(c.data.subarray(z + 1));
    const compressed = c.data[z + 1] === 1;
    const lang = c.data.indexOf(0, z + 3);
    const translated = c.data.indexOf(0, lang + 1);
    if (lang < 0 || translated < 0) throw new Error("png: malformed iTXt chunk");
    const raw = c.data.subarray(translated + 1);
    return strFromU8(compressed ? unzlibSync(raw) : raw);
  }
  return null;
}

/** The figure metadata ({generator, config, seed}) stored in a PNG by svgToPng, or null. */
export function readPngMetadata(png: Uint8Array): FigureMetadata | null {
  const text = readPngText(png);
  return text === null ? null : (JSON.parse(text) as FigureMetadata);
}
