import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NpyFormatError, readNpy, toFloat64, writeNpy, type NdArray, type NpyDtype } from "./npy";

const FIXTURES = new URL("../../../test/fixtures/npz/", import.meta.url);
const fixture = (file: string) => new Uint8Array(readFileSync(new URL(file, FIXTURES)));

/** An .npy file with a hand-written header dict (padded to 64 bytes as numpy does). */
function rawNpy(dict: string, data: Uint8Array = new Uint8Array(0), version = 1): Uint8Array {
  const prefix = version === 1 ? 10 : 12;
  const length = Math.ceil((prefix + dict.length + 1) / 64) * 64;
  const out = new Uint8Array(length + data.length).fill(0x20);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]);
  const view = new DataView(out.buffer);
  if (version === 1) view.setUint16(8, length - prefix, true);
  else view.setUint32(8, length - prefix, true);
  for (let i = 0; i < dict.length; i++) out[prefix + i] = dict.charCodeAt(i);
  out[length - 1] = 0x0a;
  out.set(data, length);
  return out;
}
const dict = (descr: string, shape: string, fortran = "False") =>
  `{'descr': '${descr}', 'fortran_order': ${fortran}, 'shape': ${shape}, }`;
const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

const SPECIAL = Float64Array.of(0.1, -0, NaN, 1e-310, Infinity, -2.5);

/** Golden C-order files (written by np.save, see make_fixtures.py) and the arrays they hold. */
const GOLDEN: Record<string, NdArray> = {
  "f8_2x3.npy": { dtype: "float64", shape: [2, 3], data: SPECIAL },
  "f4_3.npy": { dtype: "float32", shape: [3], data: Float32Array.of(0.1, -1.5, 3.25e38) },
  "i8_3.npy": { dtype: "int64", shape: [3], data: Float64Array.of(-(2 ** 53), -1, 2 ** 53) },
  "u8_2.npy": { dtype: "uint64", shape: [2], data: Float64Array.of(0, 2 ** 53) },
  "i4_2x2.npy": { dtype: "int32", shape: [2, 2], data: Int32Array.of(-(2 ** 31), -1, 0, 2 ** 31 - 1) },
  "u4_2.npy": { dtype: "uint32", shape: [2], data: Uint32Array.of(0, 2 ** 32 - 1) },
  "i2_3.npy": { dtype: "int16", shape: [3], data: Int16Array.of(-(2 ** 15), 0, 2 ** 15 - 1) },
  "u2_2.npy": { dtype: "uint16", shape: [2], data: Uint16Array.of(0, 2 ** 16 - 1) },
  "i1_3.npy": { dtype: "int8", shape: [3], data: Int8Array.of(-128, 0, 127) },
  "u1_2x3x4.npy": { dtype: "uint8", shape: [2, 3, 4], data: Uint8Array.from({ length: 24 }, (_, i) => i) },
  "b1_3.npy": { dtype: "bool", shape: [3], data: Uint8Array.of(1, 0, 1) },
  "f8_scalar.npy": { dtype: "float64", shape: [], data: Float64Array.of(2.5) },
  "f8_empty.npy": { dtype: "float64", shape: [0], data: new Float64Array(0) },
  "f8_full_pad.npy": { dtype: "float64", shape: [0, 0, 0, 0, 10, 12345, 12345, 12345, 12345], data: new Float64Array(0) },
  "u_scalar.npy": { dtype: "unicode", shape: [], data: ["héllo ✓ 🎉"] },
  "u_3.npy": { dtype: "unicode", shape: [3], data: ["a", "bc", ""] },
};

describe("readNpy on files written by numpy", () => {
  it.each(Object.entries(GOLDEN))("reads %s", (file, expected) => {
    expect(readNpy(fixture(file), file)).toEqual(expected);
  });

  it("keeps float64 bits exactly (NaN, -0, subnormal, 0.1)", () => {
    const file = fixture("f8_2x3.npy");
    const arr = readNpy(file);
    expect(bytesOf(arr.data as Float64Array)).toEqual(file.subarray(file.length - 48));
    expect(Object.is((arr.data as Float64Array)[1], -0)).toBe(true);
  });

  it("converts Fortran order to C order", () => {
    const arr = readNpy(fixture("f8_fortran_2x3x4.npy"));
    expect(arr).toEqual({ dtype: "float64", shape: [2, 3, 4], data: Float64Array.from({ length: 24 }, (_, i) => i) });
    expect(readNpy(fixture("u_fortran_2x2.npy")).data).toEqual(["a", "b", "c", "d"]);
  });

  it("converts big-endian data to native", () => {
    expect(readNpy(fixture("be_i4_2x3.npy"))).toEqual({
      dtype: "int32", shape: [2, 3], data: Int32Array.of(1, -2, 3, -4, 5, 2 ** 31 - 1),
    });
    expect(bytesOf(readNpy(fixture("be_f8_3.npy")).data as Float64Array)).toEqual(bytesOf(Float64Array.of(0.1, -0, 1e-310)));
    expect(readNpy(fixture("be_u_scalar.npy"))).toEqual({ dtype: "unicode", shape: [], data: ["ab✓"] });
  });

  it("reads format versions 2.0 and 3.0", () => {
    for (const file of ["v2_f8_2x3.npy", "v3_f8_2x3.npy"]) {
      const bytes = fixture(file);
      expect(bytes[6]).toBe(file.startsWith("v2") ? 2 : 3);
      expect(bytesOf(readNpy(bytes).data as Float64Array)).toEqual(bytesOf(SPECIAL));
    }
  });

  it("refuses int64 values beyond 2^53", () => {
    expect(() => readNpy(fixture("i8_too_big.npy"), "big.npy")).toThrow(
      "npy: 64-bit integer 9007199254740993 at index 1 exceeds 2^53 and cannot be held exactly as a number in 'big.npy'",
    );
  });
});

describe("writeNpy", () => {
  it.each(Object.entries(GOLDEN))("writes %s byte for byte as np.save", (file, arr) => {
    expect(writeNpy(arr)).toEqual(fixture(file));
  });

  it("aligns every header to 64 bytes and ends it with a newline", () => {
    for (const shape of [[], [0], [7], [123456789, 0], [2, 3], [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2]]) {
      const count = shape.reduce((a, b) => a * b, 1);
      const bytes = writeNpy({ dtype: "float64", shape, data: new Float64Array(count) });
      const headerLength = 10 + new DataView(bytes.buffer).getUint16(8, true);
      expect(headerLength % 64).toBe(0);
      expect(bytes[headerLength - 1]).toBe(0x0a);
      expect(bytes.subarray(0, 8)).toEqual(Uint8Array.of(0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0));
    }
  });

  it("falls back to format 2.0 when the header exceeds 65535 bytes", () => {
    const shape = new Array<number>(30000).fill(1);
    const bytes = writeNpy({ dtype: "uint8", shape, data: Uint8Array.of(7) });
    expect(bytes[6]).toBe(2);
    expect(readNpy(bytes)).toEqual({ dtype: "uint8", shape, data: Uint8Array.of(7) });
  });

  it("keeps float64 bits exactly, NaN payloads included", () => {
    const data = Float64Array.of(NaN, -0, 1e-310, 0.1, Number.MIN_VALUE, -Number.MAX_VALUE, 0);
    bytesOf(data).set([1, 0, 0, 0, 0, 0, 0xf8, 0xff], 48); // a negative NaN with a payload
    const back = readNpy(writeNpy({ dtype: "float64", shape: [7], data }));
    expect(bytesOf(back.data as Float64Array)).toEqual(bytesOf(data));
  });

  it("writes bool data as 0/1 and unicode with the longest string's width", () => {
    expect(readNpy(writeNpy({ dtype: "bool", shape: [3], data: Uint8Array.of(0, 5, 1) })).data).toEqual(Uint8Array.of(0, 1, 1));
    const text = writeNpy({ dtype: "unicode", shape: [2], data: ["🎉x", "abc"] });
    expect(String.fromCharCode(...text.subarray(10, 30))).toBe("{'descr': '<U3', 'fo");
  });
});

const SHAPES = [[], [0], [3], [2, 3], [2, 3, 4]];
const RANGES: Record<Exclude<NpyDtype, "unicode">, [number, number]> = {
  float64: [-1e300, 1e300], float32: [-1e30, 1e30], int64: [-(2 ** 53), 2 ** 53], uint64: [0, 2 ** 53],
  int32: [-(2 ** 31), 2 ** 31 - 1], uint32: [0, 2 ** 32 - 1], int16: [-(2 ** 15), 2 ** 15 - 1],
  uint16: [0, 2 ** 16 - 1], int8: [-128, 127], uint8: [0, 255], bool: [0, 1],
};
const CLASSES = {
  float64: Float64Array, float32: Float32Array, int64: Float64Array, uint64: Float64Array, int32: Int32Array,
  uint32: Uint32Array, int16: Int16Array, uint16: Uint16Array, int8: Int8Array, uint8: Uint8Array, bool: Uint8Array,
};

describe("round trips", () => {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (const [dtype, [lo, hi]] of Object.entries(RANGES) as [keyof typeof RANGES, [number, number]][]) {
    it.each(SHAPES.map((s) => [JSON.stringify(s), s] as const))(`${dtype} shape %s`, (_, shape) => {
      const count = shape.reduce((a, b) => a * b, 1);
      const isFloat = dtype.startsWith("float");
      const values = Array.from({ length: count }, (_, i) =>
        i === 0 ? hi : i === 1 ? lo : isFloat ? lo + (hi - lo) * random() : Math.round(lo + (hi - lo) * random()));
      const arr = { dtype, shape, data: CLASSES[dtype].from(values) } as NdArray;
      expect(readNpy(writeNpy(arr))).toEqual(arr);
    });
  }
  it.each(SHAPES.map((s) => [JSON.stringify(s), s] as const))("unicode shape %s", (_, shape) => {
    const count = shape.reduce((a, b) => a * b, 1);
    const data = Array.from({ length: count }, (_, i) => ["", "x", "ünï", "𝄞 clef", "a\u0000b"][i % 5]);
    expect(readNpy(writeNpy({ dtype: "unicode", shape, data }))).toEqual({ dtype: "unicode", shape, data });
  });
});

describe("toFloat64", () => {
  it("converts numeric arrays to a new Float64Array", () => {
    const arr: NdArray = { dtype: "int16", shape: [3], data: Int16Array.of(-2, 0, 9) };
    expect(toFloat64(arr)).toEqual(Float64Array.of(-2, 0, 9));
    const f64: NdArray = { dtype: "float64", shape: [1], data: Float64Array.of(1) };
    expect(toFloat64(f64)).not.toBe(f64.data);
  });
  it("rejects unicode arrays", () => {
    expect(() => toFloat64({ dtype: "unicode", shape: [], data: ["x"] })).toThrow(
      "npy: toFloat64 needs a numeric array, got dtype 'unicode'",
    );
  });
});

describe("malformed input", () => {
  const golden = fixture("f8_2x3.npy");
  const eightBytes = new Uint8Array(8);
  const cases: [string, Uint8Array, string][] = [
    ["missing magic", new Uint8Array(200).fill(65), "npy: missing \\x93NUMPY magic (not a .npy file) in 'x.npy'"],
    ["a file shorter than the magic", golden.subarray(0, 4), "npy: missing \\x93NUMPY magic (not a .npy file) in 'x.npy'"],
    ["a truncated header", golden.subarray(0, 100), "npy: truncated header (needs 128 bytes, file has 100) in 'x.npy'"],
    ["a version 2.0 file cut inside its header length", rawNpy(dict("<f8", "()"), eightBytes, 2).subarray(0, 11),
      "npy: truncated header (needs 12+ bytes, file has 11) in 'x.npy'"],
    ["truncated data", golden.subarray(0, 150), "npy: truncated data: 22 bytes, '<f8' shape (2, 3) needs 48 in 'x.npy'"],
    ["trailing data", Uint8Array.of(...golden, 0), "npy: data length 49 bytes does not match '<f8' shape (2, 3) (48 bytes) in 'x.npy'"],
    ["version 4.0", rawNpy(dict("<f8", "()"), eightBytes, 4), "npy: unsupported format version 4.0 in 'x.npy'"],
    ["a header that is not a dict", rawNpy("[1, 2]"), 'npy: bad header "[1, 2]" in \'x.npy\''],
    ["a header without fortran_order", rawNpy("{'descr': '<f8', 'shape': (), }"), "npy: bad header \"{'descr': '<f8', 'shape': (), }\" in 'x.npy'"],
    ["a negative dimension", rawNpy(dict("<f8", "(2, -3)")), "npy: bad shape '(2, -3)' in header in 'x.npy'"],
    ["complex numbers", rawNpy(dict("<c16", "()"), new Uint8Array(16)), "npy: unsupported dtype '<c16' in 'x.npy'"],
    ["python objects", rawNpy(dict("|O", "()"), eightBytes), "npy: unsupported dtype '|O' in 'x.npy'"],
    ["a multi-byte type without byte order", rawNpy(dict("|f8", "()"), eightBytes), "npy: unsupported dtype '|f8' in 'x.npy'"],
    ["zero-width strings", rawNpy(dict("<U0", "()")), "npy: unsupported dtype '<U0' in 'x.npy'"],
    ["a structured dtype", rawNpy("{'descr': [('a', '<i4')], 'fortran_order': False, 'shape': (1,), }", new Uint8Array(4)),
      "npy: unsupported dtype (structured 'descr') in 'x.npy'"],
    ["a header with a missing comma", rawNpy("{'descr': '<f8' 'fortran_order': False, 'shape': (), }", eightBytes),
      "npy: bad header \"{'descr': '<f8' 'fortran_order': False, 'shape': (), }\" in 'x.npy'"],
    ["a non-string descr", rawNpy("{'descr': 8, 'fortran_order': False, 'shape': (), }", eightBytes),
      "npy: bad header \"{'descr': 8, 'fortran_order': False, 'shape': (), }\" in 'x.npy'"],
    ["an extra key", rawNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (), 'x': (), }", eightBytes),
      "npy: bad header \"{'descr': '<f8', 'fortran_order': False, 'shape': (), 'x': (), }\" in 'x.npy'"],
    ["a shape that is not a tuple of integers", rawNpy(dict("<f8", "(,)"), eightBytes), "npy: bad shape '(,)' in header in 'x.npy'"],
    ["a code point beyond U+10FFFF", rawNpy(dict("<U1", "()"), Uint8Array.of(0, 0, 0x11, 0)), "npy: invalid unicode code point 0x110000 in 'x.npy'"],
  ];
  it.each(cases)("rejects %s", (_, bytes, message) => {
    expect(() => readNpy(bytes, "x.npy")).toThrow(new NpyFormatError(message));
  });

  it("reads a hand-written header in version 2.0 with extra spaces", () => {
    const bytes = rawNpy("{'shape': ( 2 ,1 ), 'fortran_order': True, 'descr': '>i2'}", Uint8Array.of(0, 1, 0, 2), 2);
    expect(readNpy(bytes)).toEqual({ dtype: "int16", shape: [2, 1], data: Int16Array.of(1, 2) });
  });
});

describe("writeNpy rejects arrays it cannot write", () => {
  const cases: [string, NdArray, string][] = [
    ["a data length that does not match the shape", { dtype: "float64", shape: [2, 3], data: new Float64Array(5) },
      "npy: data has 5 elements but shape (2, 3) needs 6 in 'x.npy'"],
    ["a negative dimension", { dtype: "uint8", shape: [-1], data: new Uint8Array(0) }, "npy: invalid shape (-1,) in 'x.npy'"],
    ["a fractional dimension", { dtype: "uint8", shape: [1.5], data: new Uint8Array(1) }, "npy: invalid shape (1.5,) in 'x.npy'"],
    ["data of the wrong class", { dtype: "int32", shape: [1], data: Float64Array.of(1) } as unknown as NdArray,
      "npy: data of dtype 'int32' must be a Int32Array in 'x.npy'"],
    ["an unknown dtype", { dtype: "complex128", shape: [], data: [] } as unknown as NdArray, "npy: unsupported dtype 'complex128' in 'x.npy'"],
    ["a fractional int64", { dtype: "int64", shape: [2], data: Float64Array.of(1, 1.5) },
      "npy: value 1.5 at index 1 is not an exact int64 (integer, |v| ≤ 2^53) in 'x.npy'"],
    ["an int64 beyond 2^53", { dtype: "int64", shape: [1], data: Float64Array.of(2 ** 54) },
      "npy: value 18014398509481984 at index 0 is not an exact int64 (integer, |v| ≤ 2^53) in 'x.npy'"],
    ["a negative uint64", { dtype: "uint64", shape: [1], data: Float64Array.of(-1) },
      "npy: value -1 at index 0 is not an exact uint64 (integer, |v| ≤ 2^53) in 'x.npy'"],
    ["non-string unicode data", { dtype: "unicode", shape: [1], data: [3] } as unknown as NdArray,
      "npy: unicode data must hold only strings in 'x.npy'"],
  ];
  it.each(cases)("rejects %s", (_, arr, message) => {
    expect(() => writeNpy(arr, "x.npy")).toThrow(new NpyFormatError(message));
  });
});
