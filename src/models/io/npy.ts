/**
 * NumPy `.npy` reader and writer (format versions 1.0, 2.0 and 3.0; see numpy.lib.format).
 * Pure TypeScript over `Uint8Array`s: runs in Node, a Web Worker and tests alike.
 *
 * Arrays are held as an {@link NdArray}: a dtype name, a shape and the elements in C (row-major)
 * order in a native typed array. 64-bit integers are held as plain numbers (Float64Array), exact
 * up to 2^53; unicode arrays as a `string[]`.
 */

/** Element types an {@link NdArray} can hold; names follow numpy (`np.dtype(name)`). */
export type NpyDtype =
  | "float64" | "float32" | "int64" | "uint64" | "int32" | "uint32"
  | "int16" | "uint16" | "int8" | "uint8" | "bool" | "unicode";

type Shaped<D extends NpyDtype, T> = { dtype: D; shape: number[]; data: T };

/**
 * An n-dimensional array: `data` holds the product of `shape` elements in C order (a shape `()`
 * scalar holds one). int64/uint64 hold exact integers as numbers (|v| ≤ 2^53); bool holds 0/1 bytes;
 * unicode holds one JS string per element (trailing NULs stripped, as numpy does).
 */
export type NdArray =
  | Shaped<"float64" | "int64" | "uint64", Float64Array>
  | Shaped<"float32", Float32Array>
  | Shaped<"int32", Int32Array>
  | Shaped<"uint32", Uint32Array>
  | Shaped<"int16", Int16Array>
  | Shaped<"uint16", Uint16Array>
  | Shaped<"int8", Int8Array>
  | Shaped<"uint8" | "bool", Uint8Array>
  | Shaped<"unicode", string[]>;

/** Thrown for every malformed or unsupported `.npy`/`.npz` input; the message says what is wrong. */
export class NpyFormatError extends Error {
  override name = "NpyFormatError";
}

type NumericDtype = Exclude<NpyDtype, "unicode">;
/** numpy type code (kind + item size) → dtype, e.g. `f8` → float64. */
const DTYPE_BY_CODE: Record<string, NumericDtype> = {
  f8: "float64", f4: "float32", i8: "int64", u8: "uint64", i4: "int32", u4: "uint32",
  i2: "int16", u2: "uint16", i1: "int8", u1: "uint8", b1: "bool",
};
const CODE_BY_DTYPE = Object.fromEntries(
  Object.entries(DTYPE_BY_CODE).map(([code, dtype]) => [dtype, code]),
) as Record<NumericDtype, string>;
const DATA_CLASS: Record<NpyDtype, Function> = {
  float64: Float64Array, int64: Float64Array, uint64: Float64Array, float32: Float32Array,
  int32: Int32Array, uint32: Uint32Array, int16: Int16Array, uint16: Uint16Array,
  int8: Int8Array, uint8: Uint8Array, bool: Uint8Array, unicode: Array,
};
const NATIVE_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // "\x93NUMPY"
const ARRAY_ALIGN = 64;
const GROWTH_AXIS_MAX_DIGITS = 21;
const MAX_EXACT_INT = 2 ** 53;

function fail(name: string, detail: string): never {
  throw new NpyFormatError(`npy: ${detail} in '${name}'`);
}

function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

function elementCount(shape: readonly number[], name: string): number {
  let count = 1;
  for (const dim of shape) {
    if (!Number.isSafeInteger(dim) || dim < 0) fail(name, `invalid shape ${shapeText(shape)}`);
    count *= dim;
  }
  if (!Number.isSafeInteger(count)) fail(name, `shape ${shapeText(shape)} is too large`);
  return count;
}

interface Header { descr: string; fortranOrder: boolean; shape: number[] }

const PY_STR = `'[^']*'|"[^"]*"`;
const PY_ENTRY = String.raw`(?:${PY_STR})\s*:\s*(?:${PY_STR}|True|False|\([^()]*\))`;
/** A Python dict literal of string keys and string/bool/tuple values, trailing comma allowed. */
const PY_DICT = new RegExp(String.raw`^\{\s*(?:${PY_ENTRY}\s*,\s*)*(?:${PY_ENTRY}\s*)?\}$`);

/** Parses numpy's header dict, e.g. `{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }`. */
function parseHeader(text: string, name: string): Header {
  const dict = text.trim();
  if (/['"]descr['"]\s*:\s*\[/.test(dict)) fail(name, "unsupported dtype (structured 'descr')");
  const keys = [...dict.matchAll(/['"](\w+)['"]\s*:/g)].map((m) => m[1]).sort().join(",");
  const descr = /['"]descr['"]\s*:\s*(?:'([^']*)'|"([^"]*)")/.exec(dict);
  const fortran = /['"]fortran_order['"]\s*:\s*(True|False)\b/.exec(dict);
  const shape = /['"]shape['"]\s*:\s*\(([^()]*)\)/.exec(dict);
  if (!PY_DICT.test(dict) || keys !== "descr,fortran_order,shape" || !descr || !fortran || !shape) {
    fail(name, `bad header ${JSON.stringify(dict.slice(0, 120))}`);
  }
  const inner = shape[1].trim();
  const dims = inner === "" ? [] : inner.replace(/,\s*$/, "").split(",").map((s) => s.trim());
  if (dims.some((d) => !/^\d+L?$/.test(d))) fail(name, `bad shape '(${shape[1]})' in header`);
  return { descr: descr[1] ?? descr[2], fortranOrder: fortran[1] === "True", shape: dims.map((d) => parseInt(d, 10)) };
}

/** Reverses the byte order of every `size`-byte item in place. */
function swapBytes(bytes: Uint8Array, size: number): void {
  for (let at = 0; at < bytes.length; at += size) bytes.subarray(at, at + size).reverse();
}

/** Copies Fortran-order items (each `size` bytes) into C order. */
function fortranToC(raw: Uint8Array, shape: readonly number[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(raw.length);
  const fStride: number[] = [];
  shape.reduce((stride, dim, k) => ((fStride[k] = stride), stride * dim), 1);
  const index = shape.map(() => 0);
  const count = raw.length / size;
  for (let c = 0, f = 0; c < count; c++) {
    out.set(raw.subarray(f * size, f * size + size), c * size);
    for (let k = shape.length - 1; k >= 0; k--) {
      f += fStride[k];
      if (++index[k] < shape[k]) break;
      f -= fStride[k] * shape[k];
      index[k] = 0;
    }
  }
  return out;
}

function exactNumbers(ints: BigInt64Array | BigUint64Array, name: string): Float64Array {
  const out = new Float64Array(ints.length);
  ints.forEach((v: bigint, i: number) => {
    if (v > BigInt(MAX_EXACT_INT) || v < -BigInt(MAX_EXACT_INT)) {
      fail(name, `64-bit integer ${v} at index ${i} exceeds 2^53 and cannot be held exactly as a number`);
    }
    out[i] = Number(v);
  });
  return out;
}

function decodeStrings(raw: Uint8Array, width: number, name: string): string[] {
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const out: string[] = [];
  for (let at = 0; at < raw.length; at += 4 * width) {
    let end = width;
    while (end > 0 && view.getUint32(at + 4 * (end - 1), true) === 0) end--;
    let text = "";
    for (let j = 0; j < end; j++) {
      const code = view.getUint32(at + 4 * j, true);
      if (code > 0x10ffff) fail(name, `invalid unicode code point 0x${code.toString(16)}`);
      text += String.fromCodePoint(code);
    }
    out.push(text);
  }
  return out;
}

/** Builds the array from C-order native-endian bytes (`raw` owns its aligned buffer). */
function fromNativeBytes(
  dtype: NpyDtype, shape: number[], raw: Uint8Array<ArrayBuffer>, width: number, name: string,
): NdArray {
  const buf = raw.buffer;
  switch (dtype) {
    case "float64": return { dtype, shape, data: new Float64Array(buf) };
    case "float32": return { dtype, shape, data: new Float32Array(buf) };
    case "int64": return { dtype, shape, data: exactNumbers(new BigInt64Array(buf), name) };
    case "uint64": return { dtype, shape, data: exactNumbers(new BigUint64Array(buf), name) };
    case "int32": return { dtype, shape, data: new Int32Array(buf) };
    case "uint32": return { dtype, shape, data: new Uint32Array(buf) };
    case "int16": return { dtype, shape, data: new Int16Array(buf) };
    case "uint16": return { dtype, shape, data: new Uint16Array(buf) };
    case "int8": return { dtype, shape, data: new Int8Array(buf) };
    case "uint8": return { dtype, shape, data: raw };
    case "bool": return { dtype, shape, data: raw.map((b) => (b ? 1 : 0)) };
    case "unicode": return { dtype, shape, data: decodeStrings(raw, width, name) };
  }
}

/**
 * Reads one `.npy` file. Big-endian data and Fortran-order layouts are converted to native C order.
 * `name` only labels error messages. Throws {@link NpyFormatError} on any malformed input.
 */
export function readNpy(bytes: Uint8Array, name = "array.npy"): NdArray {
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) fail(name, "missing \\x93NUMPY magic (not a .npy file)");
  const [major, minor] = [bytes[6], bytes[7]];
  if (major < 1 || major > 3 || minor !== 0) fail(name, `unsupported format version ${major}.${minor}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const prefix = major === 1 ? 10 : 12;
  if (bytes.length < prefix) fail(name, `truncated header (needs ${prefix}+ bytes, file has ${bytes.length})`);
  const headerEnd = prefix + (major === 1 ? view.getUint16(8, true) : view.getUint32(8, true));
  if (headerEnd > bytes.length) fail(name, `truncated header (needs ${headerEnd} bytes, file has ${bytes.length})`);
  // Headers are ASCII in practice; version 3.0 allows UTF-8 only in structured dtypes, unsupported here.
  let headerText = "";
  for (let i = prefix; i < headerEnd; i++) headerText += String.fromCharCode(bytes[i]);
  const header = parseHeader(headerText, name);

  const match = /^([<>|=])([a-zA-Z])(\d+)$/.exec(header.descr);
  const order = match?.[1] ?? "";
  const dtype: NpyDtype | undefined = match?.[2] === "U" ? "unicode" : DTYPE_BY_CODE[`${match?.[2]}${match?.[3]}`];
  const width = Number(match?.[3]);
  const itemSize = dtype === "unicode" ? 4 * width : width;
  const byteOrderOk = order === "<" || order === ">" || (itemSize === 1 && order === "|");
  if (!dtype || !byteOrderOk || itemSize < 1) fail(name, `unsupported dtype '${header.descr}'`);

  const count = elementCount(header.shape, name);
  const expected = count * itemSize;
  const got = bytes.length - headerEnd;
  const dtypeText = `'${header.descr}' shape ${shapeText(header.shape)}`;
  if (got < expected) fail(name, `truncated data: ${got} bytes, ${dtypeText} needs ${expected}`);
  if (got > expected) fail(name, `data length ${got} bytes does not match ${dtypeText} (${expected} bytes)`);

  let raw = bytes.slice(headerEnd);
  // Numbers become native-endian; UTF-32 code units become little-endian (decodeStrings reads LE).
  if (dtype === "unicode" ? order === ">" : itemSize > 1 && (order === "<") !== NATIVE_LITTLE_ENDIAN) {
    swapBytes(raw, dtype === "unicode" ? 4 : itemSize);
  }
  if (header.fortranOrder && header.shape.length > 1) raw = fortranToC(raw, header.shape, itemSize);
  return fromNativeBytes(dtype, header.shape, raw, width, name);
}

/** `.npy` header bytes exactly as numpy ≥ 1.23 writes them (version 1.0 unless the header needs 2.0). */
function headerBytes(descr: string, shape: readonly number[]): Uint8Array {
  let text = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeText(shape)}, }`;
  // numpy leaves room for the first axis to grow to GROWTH_AXIS_MAX_DIGITS digits in place.
  if (shape.length > 0) text += " ".repeat(GROWTH_AXIS_MAX_DIGITS - String(shape[0]).length);
  const textLength = text.length + 1; // + final "\n"
  const paddedLength = (prefix: number) => textLength + ARRAY_ALIGN - ((prefix + textLength) % ARRAY_ALIGN);
  const version = paddedLength(10) <= 0xffff ? 1 : 2;
  const prefix = version === 1 ? 10 : 12;
  const padded = paddedLength(prefix);
  const out = new Uint8Array(prefix + padded).fill(0x20);
  out.set(MAGIC);
  out[6] = version;
  out[7] = 0;
  const view = new DataView(out.buffer);
  if (version === 1) view.setUint16(8, padded, true);
  else view.setUint32(8, padded, true);
  for (let i = 0; i < text.length; i++) out[prefix + i] = text.charCodeAt(i);
  out[out.length - 1] = 0x0a;
  return out;
}

function exactBigInts(data: Float64Array, unsigned: boolean, name: string): bigint[] {
  return Array.from(data, (v, i) => {
    if (!Number.isInteger(v) || Math.abs(v) > MAX_EXACT_INT || (unsigned && v < 0)) {
      fail(name, `value ${v} at index ${i} is not an exact ${unsigned ? "uint64" : "int64"} (integer, |v| ≤ 2^53)`);
    }
    return BigInt(v);
  });
}

function encodeStrings(strings: string[], name: string): { descr: string; body: Uint8Array } {
  if (strings.some((s) => typeof s !== "string")) fail(name, "unicode data must hold only strings");
  const codePoints = strings.map((s) => Array.from(s, (ch) => ch.codePointAt(0) ?? 0));
  const width = codePoints.reduce((max, points) => Math.max(max, points.length), 1);
  const body = new Uint8Array(strings.length * width * 4);
  const view = new DataView(body.buffer);
  codePoints.forEach((points, i) => points.forEach((p, j) => view.setUint32(4 * (i * width + j), p, true)));
  return { descr: `<U${width}`, body };
}

/** The element bytes (little-endian, C order) and numpy descr of `arr`. */
function encodeData(arr: NdArray, name: string): { descr: string; body: Uint8Array } {
  if (arr.dtype === "unicode") return encodeStrings(arr.data, name);
  const code = CODE_BY_DTYPE[arr.dtype];
  const typed: ArrayBufferView =
    arr.dtype === "int64" ? BigInt64Array.from(exactBigInts(arr.data, false, name))
    : arr.dtype === "uint64" ? BigUint64Array.from(exactBigInts(arr.data, true, name))
    : arr.dtype === "bool" ? arr.data.map((b) => (b ? 1 : 0))
    : arr.data;
  let body = new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
  const itemSize = Number(code.slice(1));
  if (itemSize > 1 && !NATIVE_LITTLE_ENDIAN) swapBytes((body = body.slice()), itemSize);
  return { descr: `${itemSize === 1 ? "|" : "<"}${code}`, body };
}

/**
 * Writes `arr` as a version 1.0 `.npy` file, byte for byte as `np.save` does for a C-order
 * little-endian array: descr `<f8 <f4 <i8 <u8 <i4 <u4 <i2 <u2 |i1 |u1 |b1` or `<U{n}` (n = the
 * longest string in code points, at least 1). `name` only labels error messages.
 */
export function writeNpy(arr: NdArray, name = "array.npy"): Uint8Array {
  const dataClass = Object.hasOwn(DATA_CLASS, arr.dtype) ? DATA_CLASS[arr.dtype] : undefined;
  if (!dataClass) fail(name, `unsupported dtype '${String(arr.dtype)}'`);
  if (!(arr.data instanceof dataClass)) fail(name, `data of dtype '${arr.dtype}' must be a ${dataClass.name}`);
  const count = elementCount(arr.shape, name);
  if (arr.data.length !== count) {
    fail(name, `data has ${arr.data.length} elements but shape ${shapeText(arr.shape)} needs ${count}`);
  }
  const { descr, body } = encodeData(arr, name);
  const header = headerBytes(descr, arr.shape);
  const out = new Uint8Array(header.length + body.length);
  out.set(header);
  out.set(body, header.length);
  return out;
}

/** The elements of any numeric {@link NdArray} as a new Float64Array (C order); throws for unicode. */
export function toFloat64(arr: NdArray): Float64Array {
  if (arr.dtype === "unicode") throw new NpyFormatError("npy: toFloat64 needs a numeric array, got dtype 'unicode'");
  return Float64Array.from(arr.data);
}
