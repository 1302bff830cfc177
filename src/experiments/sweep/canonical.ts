/**
 * Canonical JSON and its hash: the identity of a sweep spec. `canonicalJson` writes objects with
 * their keys sorted (recursively) and no whitespace, so two specs that differ only in key order
 * or spacing give the same text and the same {@link hashText} — the hash every cached point and
 * every Slurm shard carries, so a point of another sweep is recognised as foreign.
 */
import type { Json } from "../../pool/registry";

/** `value` as JSON with object keys sorted; `undefined` fields are dropped (as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(`canonical JSON: ${value} is not a JSON number`);
    return JSON.stringify(value) ?? "null";
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

/** A plain-JSON copy of `value` (keys sorted), e.g. to store or post it. */
export function canonicalCopy<T extends Json>(value: T): T {
  return JSON.parse(canonicalJson(value)) as T;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK64 = (1n << 64n) - 1n;

/**
 * FNV-1a, 64 bits, over the UTF-16 code units of `text` (each unit as two bytes, low first):
 * h₀ = 0xcbf29ce484222325, h ← (h ⊕ byte) · 0x100000001b3 mod 2⁶⁴. Returned as 16 hex digits.
 * Not cryptographic: it names a spec, it does not guard one.
 */
export function hashText(text: string): string {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    h = ((h ^ BigInt(u & 0xff)) * FNV_PRIME) & MASK64;
    h = ((h ^ BigInt(u >>> 8)) * FNV_PRIME) & MASK64;
  }
  return h.toString(16).padStart(16, "0");
}

/** The hash of `value`'s canonical JSON. */
export function hashOf(value: unknown): string {
  return hashText(canonicalJson(value));
}
