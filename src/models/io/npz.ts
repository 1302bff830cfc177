/**
 * NumPy `.npz` archives: a zip of `KEY.npy` members, as written by `np.savez` (stored) and
 * `np.savez_compressed` (deflated). The zip container is handled by fflate; every member's
 * CRC-32 is checked against the archive's central directory, as Python's zipfile does.
 */
import { strFromU8, unzipSync, zipSync, type Zippable } from "fflate";
import { NpyFormatError, readNpy, writeNpy, type NdArray } from "./npy";
import { crc32 } from "./crc32";

/** Options for {@link writeNpz}. */
export interface WriteNpzOptions {
  /** Deflate the members like `np.savez_compressed`; default false: stored like `np.savez`. */
  compress?: boolean;
}

/** Zip timestamps are fixed at the DOS epoch (1980-01-01 00:00) so equal input gives equal bytes. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
const LOCAL_FILE_SIGNATURE = 0x04034b50;
const CENTRAL_FILE_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50; // end of central directory; all an empty archive holds
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;

function fail(archive: string, detail: string): never {
  throw new NpyFormatError(`npz: ${detail} in '${archive}'`);
}

/**
 * Member name → CRC-32 from the zip central directory (zip64 locations included). Names are
 * decoded as fflate decodes them (UTF-8 when flagged, else latin-1) so the keys match unzipSync.
 */
function centralDirectoryCrcs(zip: Uint8Array, archive: string): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_SIGNATURE) end--;
  if (end < 0) fail(archive, "zip end-of-central-directory record not found");
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR_SIGNATURE) {
    const zip64End = Number(view.getBigUint64(end - 12, true));
    if (zip64End + 56 <= zip.length && view.getUint32(zip64End, true) === ZIP64_END_SIGNATURE) {
      count = Number(view.getBigUint64(zip64End + 32, true));
      offset = Number(view.getBigUint64(zip64End + 48, true));
    }
  }
  const crcs = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || view.getUint32(offset, true) !== CENTRAL_FILE_SIGNATURE) {
      fail(archive, "corrupt zip central directory");
    }
    const nameLength = view.getUint16(offset + 28, true);
    const utf8 = (view.getUint16(offset + 8, true) & 0x800) !== 0;
    const name = strFromU8(zip.subarray(offset + 46, offset + 46 + nameLength), !utf8);
    crcs.set(name, view.getUint32(offset + 16, true));
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return crcs;
}

/**
 * Reads an `.npz` archive (stored or deflated members) into `{ KEY: array }` for each member
 * `KEY.npy`. `archive` only labels error messages. Throws {@link NpyFormatError} when the bytes
 * are not a zip, a member fails its CRC, a member is not a `.npy` file, or a member is malformed.
 */
export function readNpz(bytes: Uint8Array, archive = "archive.npz"): Record<string, NdArray> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = bytes.length >= 4 ? view.getUint32(0, true) : 0;
  if (signature !== LOCAL_FILE_SIGNATURE && signature !== END_SIGNATURE) {
    fail(archive, "not a zip archive (no PK signature)");
  }
  let members: Record<string, Uint8Array>;
  let crcs: Map<string, number>;
  try {
    crcs = centralDirectoryCrcs(bytes, archive);
    members = unzipSync(bytes);
  } catch (error) {
    if (error instanceof NpyFormatError) throw error;
    fail(archive, `unreadable zip archive (${error instanceof Error ? error.message : String(error)})`);
  }
  const arrays: [string, NdArray][] = [];
  for (const [member, data] of Object.entries(members)) {
    if (member.endsWith("/")) continue; // a directory entry
    if (!member.endsWith(".npy")) fail(archive, `member '${member}' is not a .npy file`);
    if (crc32(data) !== crcs.get(member)) fail(archive, `member '${member}' is corrupt (CRC-32 mismatch)`);
    arrays.push([member.slice(0, -".npy".length), readNpy(data, member)]);
  }
  return Object.fromEntries(arrays); // own data properties, even for a key like "__proto__"
}

/**
 * Writes `arrays` as an `.npz` archive with one `KEY.npy` member per key, in key order:
 * stored like `np.savez`, or deflated like `np.savez_compressed` when `options.compress`.
 * Output is deterministic (fixed member timestamps). `np.load` reads it back.
 */
export function writeNpz(arrays: Record<string, NdArray>, options: WriteNpzOptions = {}): Uint8Array {
  const level = options.compress ? 6 : 0;
  const files: Zippable = {};
  for (const [key, arr] of Object.entries(arrays)) {
    files[`${key}.npy`] = [writeNpy(arr, `${key}.npy`), { level, mtime: FIXED_MTIME }];
  }
  return zipSync(files, { level, mtime: FIXED_MTIME });
}
