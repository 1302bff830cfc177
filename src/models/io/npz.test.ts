import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { NpyFormatError, writeNpy, type NdArray } from "./npy";
import { readNpz, writeNpz } from "./npz";

const FIXTURES = new URL("../../../test/fixtures/npz/", import.meta.url);
const fixture = (file: string) => new Uint8Array(readFileSync(new URL(file, FIXTURES)));

/** What make_fixtures.py saved into savez.npz and savez_compressed.npz, in that order. */
const SAVED: Record<string, NdArray> = {
  weights: { dtype: "float64", shape: [2, 3], data: Float64Array.of(0, 0.25, 0.5, 0.75, 1, 1.25) },
  spikes: { dtype: "uint8", shape: [2, 3], data: Uint8Array.of(1, 0, 1, 0, 1, 0) },
  steps: { dtype: "int64", shape: [], data: Float64Array.of(1000) },
  label: { dtype: "unicode", shape: [], data: ["sorn"] },
};

/** Compression method of each member, from the zip local file headers. */
function compressionMethods(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const methods: number[] = [];
  for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
    methods.push(view.getUint16(at + 8, true));
    at += 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
  }
  return methods;
}

describe("readNpz on archives written by numpy", () => {
  it.each(["savez.npz", "savez_compressed.npz"])("reads %s", (file) => {
    const arrays = readNpz(fixture(file), file);
    expect(arrays).toEqual(SAVED);
    expect(Object.keys(arrays)).toEqual(Object.keys(SAVED));
  });
});

describe("writeNpz", () => {
  it("stores members uncompressed like np.savez, each equal to writeNpy's bytes", () => {
    const zip = writeNpz(SAVED);
    expect(compressionMethods(zip)).toEqual([0, 0, 0, 0]);
    const weights = writeNpy(SAVED.weights);
    const at = zip.findIndex((_, i) => weights.every((b, j) => zip[i + j] === b));
    expect(at).toBeGreaterThan(0);
    expect(readNpz(zip)).toEqual(SAVED);
  });

  it("deflates members like np.savez_compressed", () => {
    const zeros: NdArray = { dtype: "float64", shape: [200, 200], data: new Float64Array(40000) };
    const zip = writeNpz({ zeros, ...SAVED }, { compress: true });
    expect(compressionMethods(zip)).toEqual([8, 8, 8, 8, 8]);
    expect(zip.length).toBeLessThan(2000);
    expect(readNpz(zip)).toEqual({ zeros, ...SAVED });
  });

  it("is deterministic and keeps key order", () => {
    const reversed = Object.fromEntries(Object.entries(SAVED).reverse());
    expect(writeNpz(reversed)).toEqual(writeNpz(reversed));
    expect(Object.keys(readNpz(writeNpz(reversed)))).toEqual(Object.keys(reversed));
  });

  it("round-trips an empty archive and awkward keys", () => {
    expect(readNpz(writeNpz({}))).toEqual({});
    const scalar: NdArray = { dtype: "bool", shape: [], data: Uint8Array.of(1) };
    const back = readNpz(writeNpz(Object.fromEntries([["__proto__", scalar], ["ünï code", scalar]])));
    expect(Object.keys(back)).toEqual(["__proto__", "ünï code"]);
    expect(Object.getOwnPropertyDescriptor(back, "__proto__")?.value).toEqual(scalar);
  });
});

describe("malformed archives", () => {
  const stored = fixture("savez.npz");
  const corrupt = stored.slice();
  // Flip a byte of weights' data: its .npy bytes sit uncompressed in a stored archive.
  const weights = writeNpy(SAVED.weights);
  const weightsAt = stored.findIndex((_, i) => weights.every((b, j) => stored[i + j] === b));
  corrupt[weightsAt + weights.length - 1] ^= 0xff;
  // A complex128 scalar: writeNpy's float64 header with '<f8' → '<c16' (one padding space less).
  const f8 = String.fromCharCode(...writeNpy({ dtype: "float64", shape: [], data: Float64Array.of(1) }));
  const c16 = f8.replace("'<f8'", "'<c16'").replace(" \n", "\n") + "\0".repeat(8);
  const wee = Uint8Array.from(c16, (ch) => ch.charCodeAt(0));
  const cases: [string, Uint8Array, string][] = [
    ["bytes that are not a zip", new TextEncoder().encode("definitely not a zip archive"),
      "npz: not a zip archive (no PK signature) in 'a.npz'"],
    ["an empty file", new Uint8Array(0), "npz: not a zip archive (no PK signature) in 'a.npz'"],
    ["a truncated zip", stored.subarray(0, stored.length - 30), "npz: zip end-of-central-directory record not found in 'a.npz'"],
    ["a member with a bad CRC", corrupt, "npz: member 'weights.npy' is corrupt (CRC-32 mismatch) in 'a.npz'"],
    ["a member that is not .npy", zipSync({ "README.txt": new Uint8Array(3) }), "npz: member 'README.txt' is not a .npy file in 'a.npz'"],
    ["a member with a bad magic", zipSync({ "x.npy": new Uint8Array(16) }), "npy: missing \\x93NUMPY magic (not a .npy file) in 'x.npy'"],
    ["a member with an unsupported dtype", zipSync({ "Wee.npy": wee }), "npy: unsupported dtype '<c16' in 'Wee.npy'"],
  ];
  it.each(cases)("rejects %s", (_, bytes, message) => {
    expect(() => readNpz(bytes, "a.npz")).toThrow(new NpyFormatError(message));
  });

  it("rejects a zip whose compressed data is damaged", () => {
    const zip = writeNpz({ zeros: { dtype: "float64", shape: [50], data: new Float64Array(50) } }, { compress: true });
    const damaged = zip.slice();
    damaged.fill(0xff, 80, 90);
    expect(() => readNpz(damaged, "a.npz")).toThrow(/^npz: (unreadable zip archive \(.+\)|member 'zeros.npy' is corrupt \(CRC-32 mismatch\)) in 'a.npz'$/);
  });
});
