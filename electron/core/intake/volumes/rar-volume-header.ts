/**
 * What a RAR file's own headers say about the volume set it belongs to: whether it is a volume,
 * whether it is the first, its number, and whether another volume follows. Only headers are
 * read (positional reads, so a large part on disk is not loaded), from the RAR 4 block format
 * (technote of RAR 3.x/4.x) and the RAR 5 one (technote of RAR 5.0). Decoders cannot be asked:
 * node-unrar-js reads no volume sets and fails on a lone part with "cannot read" (ERAR_EREAD),
 * which used to be reported as 压缩包损坏.
 */
import type { ReadAt } from '../zip/zip-span';

export interface RarVolumeHeader {
  readonly format: 'rar4' | 'rar5';
  /** The archive says it is part of a volume set; null when its headers are encrypted (RAR 5). */
  readonly isVolume: boolean | null;
  /** First volume: RAR 4's first-volume flag (RAR 3.0 and later), RAR 5's missing number. */
  readonly isFirst: boolean | null;
  /** 0 for the first volume; null when the headers do not say. */
  readonly number: number | null;
  /** The end block says no volume follows; null when it could not be reached. */
  readonly isLast: boolean | null;
  /** RAR 4: volumes named "name.part1.rar" rather than "name.rar", "name.r00". */
  readonly newNumbering: boolean;
}

const RAR4_SIGNATURE = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00];
const RAR5_SIGNATURE = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00];
/** Walking stops after this many blocks: one a file, so far beyond any application's archive. */
const MAX_BLOCKS = 200_000;

function startsWith(head: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => head[i] === byte);
}

/** The RAR format the first bytes announce, or null. */
export function rarFormatOf(head: Uint8Array): 'rar4' | 'rar5' | null {
  if (startsWith(head, RAR5_SIGNATURE)) return 'rar5';
  if (startsWith(head, RAR4_SIGNATURE)) return 'rar4';
  return null;
}

// RAR 4
const MAIN_HEAD = 0x73;
const FILE_HEAD = 0x74;
const END_ARCHIVE = 0x7b;
const LONG_BLOCK = 0x8000;
const MHD_VOLUME = 0x0001;
const MHD_NEWNUMBERING = 0x0010;
const MHD_PASSWORD = 0x0080;
const MHD_FIRSTVOLUME = 0x0100;
const LHD_LARGE = 0x0100;
const EARC_NEXT_VOLUME = 0x0001;
const EARC_DATACRC = 0x0002;
const EARC_VOLNUMBER = 0x0008;

async function rar4Header(readAt: ReadAt, size: number): Promise<RarVolumeHeader | null> {
  let offset = RAR4_SIGNATURE.length;
  let main: { flags: number } | null = null;
  for (let blocks = 0; blocks < MAX_BLOCKS && offset + 7 <= size; blocks++) {
    const head = await readAt(offset, 40);
    if (head.byteLength < 7) break;
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    const type = view.getUint8(2);
    const flags = view.getUint16(3, true);
    const headSize = view.getUint16(5, true);
    if (headSize < 7) break;
    let dataSize = 0;
    if (type === FILE_HEAD || (flags & LONG_BLOCK) !== 0) {
      if (head.byteLength < 11) break;
      dataSize = view.getUint32(7, true);
      if (type === FILE_HEAD && (flags & LHD_LARGE) !== 0 && head.byteLength >= 40) {
        dataSize += view.getUint32(32, true) * 0x1_0000_0000;
      }
    }
    if (type === MAIN_HEAD) {
      main = { flags };
      // Everything after an encrypted main header is ciphertext.
      if ((flags & MHD_PASSWORD) !== 0) break;
    } else if (type === END_ARCHIVE) {
      if (main === null) return null;
      let field = 7;
      if ((flags & EARC_DATACRC) !== 0) field += 4;
      const number =
        (flags & EARC_VOLNUMBER) !== 0 && head.byteLength >= field + 2
          ? view.getUint16(field, true)
          : null;
      return rar4Result(main.flags, (flags & EARC_NEXT_VOLUME) === 0, number);
    }
    offset += headSize + dataSize;
  }
  return main === null ? null : rar4Result(main.flags, null, null);
}

function rar4Result(
  mainFlags: number,
  isLast: boolean | null,
  number: number | null,
): RarVolumeHeader {
  const isVolume = (mainFlags & MHD_VOLUME) !== 0;
  // RAR before 3.0 set no first-volume flag: then only the number or the name can tell.
  const firstFlag = (mainFlags & MHD_FIRSTVOLUME) !== 0;
  return {
    format: 'rar4',
    isVolume,
    isFirst: !isVolume ? true : firstFlag ? true : number === null ? null : number === 0,
    number: !isVolume ? 0 : firstFlag ? 0 : number,
    isLast: !isVolume ? true : isLast,
    newNumbering: (mainFlags & MHD_NEWNUMBERING) !== 0,
  };
}

// RAR 5
const RAR5_MAIN = 1;
const RAR5_ENCRYPTION = 4;
const RAR5_END = 5;
const HFL_EXTRA = 0x0001;
const HFL_DATA = 0x0002;
const MAIN_VOLUME = 0x0001;
const MAIN_VOLUME_NUMBER = 0x0002;
const END_NOT_LAST = 0x0001;

/** Reads RAR 5 variable-length integers from a header's bytes. */
class VintReader {
  private position = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get offset(): number {
    return this.position;
  }

  next(): number | null {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10 && this.position < this.bytes.length; i++) {
      const byte = this.bytes[this.position++]!;
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return Number.isSafeInteger(value) ? value : null;
      scale *= 128;
    }
    return null;
  }
}

async function rar5Header(readAt: ReadAt, size: number): Promise<RarVolumeHeader | null> {
  let offset = RAR5_SIGNATURE.length;
  let main: { volume: boolean; number: number | null } | null = null;
  for (let blocks = 0; blocks < MAX_BLOCKS && offset + 5 < size; blocks++) {
    const head = await readAt(offset, 64);
    const sizeReader = new VintReader(head.subarray(4));
    const headerSize = sizeReader.next();
    if (headerSize === null || headerSize < 2) break;
    const bodyStart = 4 + sizeReader.offset;
    const body =
      bodyStart + headerSize <= head.byteLength
        ? head.subarray(bodyStart, bodyStart + headerSize)
        : await readAt(offset + bodyStart, Math.min(headerSize, 1 << 16));
    const fields = new VintReader(body);
    const type = fields.next();
    const flags = fields.next();
    if (type === null || flags === null) break;
    if ((flags & HFL_EXTRA) !== 0 && fields.next() === null) break;
    const dataSize = (flags & HFL_DATA) !== 0 ? fields.next() : 0;
    if (dataSize === null) break;
    if (type === RAR5_ENCRYPTION) {
      // The main header and everything after it are encrypted: only names can tell.
      return {
        format: 'rar5',
        isVolume: null,
        isFirst: null,
        number: null,
        isLast: null,
        newNumbering: true,
      };
    }
    if (type === RAR5_MAIN) {
      const archiveFlags = fields.next();
      if (archiveFlags === null) break;
      const number = (archiveFlags & MAIN_VOLUME_NUMBER) !== 0 ? fields.next() : 0;
      main = { volume: (archiveFlags & MAIN_VOLUME) !== 0, number };
    } else if (type === RAR5_END) {
      if (main === null) return null;
      const endFlags = fields.next();
      return rar5Result(main, endFlags === null ? null : (endFlags & END_NOT_LAST) === 0);
    }
    offset += bodyStart + headerSize + dataSize;
  }
  return main === null ? null : rar5Result(main, null);
}

function rar5Result(
  main: { volume: boolean; number: number | null },
  isLast: boolean | null,
): RarVolumeHeader {
  return {
    format: 'rar5',
    isVolume: main.volume,
    isFirst: !main.volume ? true : main.number === null ? null : main.number === 0,
    number: !main.volume ? 0 : main.number,
    isLast: !main.volume ? true : isLast,
    newNumbering: true,
  };
}

/** The volume header of a RAR file, or null when it is no RAR or its first block is unreadable. */
export async function readRarVolumeHeader(
  readAt: ReadAt,
  size: number,
): Promise<RarVolumeHeader | null> {
  const format = rarFormatOf(await readAt(0, 8));
  if (format === 'rar5') return rar5Header(readAt, size);
  if (format === 'rar4') return rar4Header(readAt, size);
  return null;
}
