/**
 * Writes ZIP archives byte by byte, so tests control what real tools never produce: unflagged
 * GBK names, lying sizes, overlapping entries, links, ZipCrypto with a known password.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { encryptZipCrypto } from '../../../../../electron/core/intake/zip/zip-crypto';

export interface ZipEntrySpec {
  /** A string is written as UTF-8; bytes are written as they are (GBK names). */
  readonly name: string | Uint8Array;
  readonly data?: Uint8Array | string;
  readonly utf8Flag?: boolean;
  readonly deflate?: boolean;
  readonly extraFields?: readonly { readonly id: number; readonly data: Uint8Array }[];
  /** Unix mode in the external attributes (0o120777 makes a symlink). */
  readonly unixMode?: number;
  readonly password?: Uint8Array;
  /** Overrides the uncompressed size written in both headers (a lying header). */
  readonly declaredSize?: number;
  /** Compression method written in the headers, data left as given. */
  readonly method?: number;
}

const bytesOf = (value: Uint8Array | string): Uint8Array =>
  typeof value === 'string' ? Buffer.from(value, 'utf8') : value;

function extraBytes(fields: ZipEntrySpec['extraFields']): Buffer {
  return Buffer.concat(
    (fields ?? []).map((field) => {
      const header = Buffer.alloc(4);
      header.writeUInt16LE(field.id, 0);
      header.writeUInt16LE(field.data.length, 2);
      return Buffer.concat([header, field.data]);
    }),
  );
}

interface Prepared {
  readonly name: Uint8Array;
  readonly extra: Buffer;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly stored: Uint8Array;
  readonly size: number;
  readonly unixMode: number | undefined;
}

function prepare(spec: ZipEntrySpec): Prepared {
  const data = bytesOf(spec.data ?? '');
  const crc = crc32(data) >>> 0;
  let stored: Uint8Array = spec.deflate ? deflateRawSync(data) : data;
  let flags = spec.utf8Flag ? 0x800 : 0;
  if (spec.password !== undefined) {
    stored = encryptZipCrypto(stored, spec.password, crc >>> 24);
    flags |= 0x1;
  }
  return {
    name: bytesOf(spec.name),
    extra: extraBytes(spec.extraFields),
    flags,
    method: spec.method ?? (spec.deflate ? 8 : 0),
    crc,
    stored,
    size: spec.declaredSize ?? data.length,
    unixMode: spec.unixMode,
  };
}

function localHeader(entry: Prepared): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(entry.flags, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(0x6000, 10);
  header.writeUInt16LE(0x5a21, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.stored.length, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(entry.extra.length, 28);
  return Buffer.concat([header, entry.name, entry.extra]);
}

function centralHeader(entry: Prepared, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(entry.unixMode === undefined ? 20 : 0x0314, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(entry.flags, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(0x6000, 12);
  header.writeUInt16LE(0x5a21, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.stored.length, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt16LE(entry.extra.length, 30);
  header.writeUInt32LE(entry.unixMode === undefined ? 0 : (entry.unixMode << 16) >>> 0, 38);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, entry.name, entry.extra]);
}

function endRecord(count: number, directorySize: number, directoryOffset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return end;
}

/**
 * A well-formed archive of the given entries. `baseOffset` is added to every offset written, as
 * `zip -A` does after a self-extractor stub of that length is put in front.
 */
export function buildZip(
  specs: readonly ZipEntrySpec[],
  options: { baseOffset?: number } = {},
): Uint8Array {
  const base = options.baseOffset ?? 0;
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const spec of specs) {
    const entry = prepare(spec);
    const local = Buffer.concat([localHeader(entry), entry.stored]);
    central.push(centralHeader(entry, base + offset));
    parts.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  return Buffer.concat([
    ...parts,
    directory,
    endRecord(specs.length, directory.length, base + offset),
  ]);
}

/**
 * An archive as PKWARE's strong encryption with an encrypted central directory leaves it
 * (APPNOTE 7.3): a local header with bits 0, 6 and 13 set and masked values, ciphertext, then
 * where the directory should be, the archive decryption header, the archive extra data record
 * and the encrypted directory. The bytes are random-looking; only the framing is real.
 */
export function buildStrongEncryptionZip(): Uint8Array {
  const name = Buffer.from('00000001');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(62, 4);
  header.writeUInt16LE(0x2041, 6);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(64, 18);
  header.writeUInt16LE(name.length, 26);
  const cipherText = Buffer.alloc(64, 0xa5);
  const local = Buffer.concat([header, name, cipherText]);
  const decryptionHeader = Buffer.alloc(24, 0x3c);
  const extraRecord = Buffer.alloc(8);
  extraRecord.writeUInt32LE(0x08064b50, 0);
  extraRecord.writeUInt32LE(0, 4);
  const encryptedDirectory = Buffer.alloc(80, 0x5a);
  const directory = Buffer.concat([decryptionHeader, extraRecord, encryptedDirectory]);
  return Buffer.concat([local, directory, endRecord(1, directory.length, local.length)]);
}

/** Two central-directory entries that share one local header and its data (zbsm's trick). */
export function buildOverlappingZip(data: string): Uint8Array {
  const entry = prepare({ name: 'a.txt', data });
  const local = Buffer.concat([localHeader(entry), entry.stored]);
  const second = { ...entry, name: Buffer.from('b.txt') };
  const directory = Buffer.concat([centralHeader(entry, 0), centralHeader(second, 0)]);
  return Buffer.concat([local, directory, endRecord(2, directory.length, local.length)]);
}

/** The 0x7075 Info-ZIP Unicode Path field for a header name. */
export function unicodePathField(
  headerName: Uint8Array,
  unicodeName: string,
  crc = crc32(headerName) >>> 0,
) {
  const data = Buffer.alloc(5);
  data.writeUInt8(1, 0);
  data.writeUInt32LE(crc, 1);
  return { id: 0x7075, data: Buffer.concat([data, Buffer.from(unicodeName, 'utf8')]) };
}
