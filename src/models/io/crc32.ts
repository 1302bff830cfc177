let table: Uint32Array | undefined;

/**
 * CRC-32 (IEEE 802.3 / ISO 3309, reflected polynomial 0xedb88320), the checksum of zip members
 * and PNG chunks: c ← table[(c ⊕ byte) & 0xff] ⊕ (c ≫ 8) from c = 0xffffffff, result c ⊕ 0xffffffff.
 */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
