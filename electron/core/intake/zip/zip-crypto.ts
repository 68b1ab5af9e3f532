/**
 * Traditional PKWARE encryption ("ZipCrypto", APPNOTE 6.1): three CRC-driven keys. Weak, but
 * what Windows Explorer and most Chinese tools write when asked for a password.
 */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

const HEADER_LENGTH = 12;

class ZipCryptoKeys {
  private k0 = 0x12345678;
  private k1 = 0x23456789;
  private k2 = 0x34567890;

  constructor(password: Uint8Array) {
    for (const byte of password) this.update(byte);
  }

  update(byte: number): void {
    this.k0 = (CRC_TABLE[(this.k0 ^ byte) & 0xff]! ^ (this.k0 >>> 8)) >>> 0;
    this.k1 = (Math.imul((this.k1 + (this.k0 & 0xff)) >>> 0, 134775813) + 1) >>> 0;
    this.k2 = (CRC_TABLE[(this.k2 ^ (this.k1 >>> 24)) & 0xff]! ^ (this.k2 >>> 8)) >>> 0;
  }

  streamByte(): number {
    const temp = (this.k2 | 2) & 0xffff;
    return (Math.imul(temp, temp ^ 1) >>> 8) & 0xff;
  }

  decrypt(data: Uint8Array): Uint8Array {
    const out = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const plain = data[i]! ^ this.streamByte();
      this.update(plain);
      out[i] = plain;
    }
    return out;
  }

  encrypt(data: Uint8Array): Uint8Array {
    const out = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const plain = data[i]!;
      out[i] = plain ^ this.streamByte();
      this.update(plain);
    }
    return out;
  }
}

/**
 * Decrypts one entry's raw data, or returns null when the header's check byte says the password
 * is wrong (1 in 256 wrong passwords pass this; the caller's CRC check catches those).
 */
export function decryptZipCrypto(
  raw: Uint8Array,
  password: Uint8Array,
  checkByte: number,
): Uint8Array | null {
  if (raw.length < HEADER_LENGTH) return null;
  const keys = new ZipCryptoKeys(password);
  const header = keys.decrypt(raw.subarray(0, HEADER_LENGTH));
  if (header[HEADER_LENGTH - 1] !== checkByte) return null;
  return keys.decrypt(raw.subarray(HEADER_LENGTH));
}

/** The inverse, for building test archives: header bytes are supplied so output is reproducible. */
export function encryptZipCrypto(
  plain: Uint8Array,
  password: Uint8Array,
  checkByte: number,
  headerSeed: Uint8Array = new Uint8Array(HEADER_LENGTH - 1),
): Uint8Array {
  const keys = new ZipCryptoKeys(password);
  const header = new Uint8Array(HEADER_LENGTH);
  header.set(headerSeed.subarray(0, HEADER_LENGTH - 1));
  header[HEADER_LENGTH - 1] = checkByte;
  const out = new Uint8Array(HEADER_LENGTH + plain.length);
  out.set(keys.encrypt(header));
  out.set(keys.encrypt(plain), HEADER_LENGTH);
  return out;
}

/** The byte the header must end in: CRC's high byte, or the DOS time's when sizes trail the data. */
export function zipCryptoCheckByte(
  generalPurposeBitFlag: number,
  crc32: number,
  lastModFileTime: number,
): number {
  return (generalPurposeBitFlag & 0x8) !== 0
    ? (lastModFileTime >>> 8) & 0xff
    : (crc32 >>> 24) & 0xff;
}
