/**
 * A spec in a URL: its canonical JSON as UTF-8, then base64url without padding (RFC 4648 §5), so
 * it fits a query parameter or a hash fragment unescaped. {@link decodeSpecText} reverses it and
 * names what is wrong with a damaged string.
 */
import { SornInputError } from "../../models/params/error";
import { canonicalJson } from "./canonical";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

function fromUtf8(bytes: readonly number[]): string {
  let s = "";
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
    if (n === 0 || i + n > bytes.length) throw new SornInputError("spec", "the encoded spec is not valid UTF-8 (cut short?)");
    let c = n === 1 ? b : b & (0xff >> (n + 1));
    for (let k = 1; k < n; k++) c = (c << 6) | (bytes[i + k] & 63);
    s += String.fromCodePoint(c);
    i += n;
  }
  return s;
}

/** base64url (no padding) of `value`'s canonical JSON. */
export function encodeSpec(value: unknown): string {
  const bytes = utf8(canonicalJson(value));
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The JSON text inside an {@link encodeSpec} string. */
export function decodeSpecText(encoded: string): string {
  const bytes: number[] = [];
  let acc = 0, bits = 0;
  for (const ch of encoded) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new SornInputError("spec", `the encoded spec has a character '${ch}' outside base64url`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  return fromUtf8(bytes);
}

/** The value inside an {@link encodeSpec} string (JSON.parse'd; check it as a spec afterwards). */
export function decodeSpec(encoded: string): unknown {
  const text = decodeSpecText(encoded);
  try {
    return JSON.parse(text);
  } catch {
    throw new SornInputError("spec", "the encoded spec is not complete JSON (the link was cut short?)");
  }
}
