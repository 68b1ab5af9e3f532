import { decodeUnmarkedName } from '../names/legacy-name';

/**
 * Just enough of the RAR 2.9/4.x block format (technote.txt of RAR 3.x/4.x) to recover names.
 * Without the Unicode flag a RAR4 name is the packer's code page, which every decoder we have
 * garbles; a Chinese Windows machine writes GBK, so such names are decoded here instead.
 */
export interface Rar4FileHeader {
  /** Decoded name, or null when the Unicode flag is set and the decoder's name is right. */
  readonly legacyName: string | null;
  readonly isDirectory: boolean;
  /** A Unix-made symbolic link: stored as data (the target), so size hints miss it. */
  readonly isLink: boolean;
}

export interface Rar4Listing {
  readonly headerEncrypted: boolean;
  readonly volume: boolean;
  readonly files: readonly Rar4FileHeader[];
}

const MARKER = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00];
const MAIN_HEAD = 0x73;
const FILE_HEAD = 0x74;
const END_ARCHIVE = 0x7b;

const LONG_BLOCK = 0x8000;
const MHD_VOLUME = 0x0001;
const MHD_PASSWORD = 0x0080;
const LHD_LARGE = 0x0100;
const LHD_UNICODE = 0x0200;
const LHD_WINDOW_MASK = 0x00e0;
const LHD_DIRECTORY = 0x00e0;

const HOST_UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const FILE_HEADER_FIXED = 32;

export function isRar4(bytes: Uint8Array): boolean {
  return MARKER.every((byte, i) => bytes[i] === byte);
}

function fileHeader(
  bytes: Uint8Array,
  view: DataView,
  start: number,
  flags: number,
): Rar4FileHeader {
  const hostOs = view.getUint8(start + 15);
  const nameSize = view.getUint16(start + 26, true);
  const attributes = view.getUint32(start + 28, true);
  const nameStart = start + FILE_HEADER_FIXED + ((flags & LHD_LARGE) !== 0 ? 8 : 0);
  const isDirectory = (flags & LHD_WINDOW_MASK) === LHD_DIRECTORY;
  const isLink = hostOs === HOST_UNIX && (attributes & S_IFMT) === S_IFLNK;
  if ((flags & LHD_UNICODE) !== 0) return { legacyName: null, isDirectory, isLink };
  const name = decodeUnmarkedName(bytes.subarray(nameStart, nameStart + nameSize));
  // RAR 1.5–4 store '\' as the separator whatever the host (unrar turns it into '/' too): the
  // format's separator, not an attack. A "..\" still becomes "../" and is refused.
  return { legacyName: name.replaceAll('\\', '/'), isDirectory, isLink };
}

/**
 * Walks the blocks of a RAR4 archive. Returns null when the blocks do not add up (the decoder
 * then reports the damage in its own words), and stops early when headers are encrypted.
 */
export function readRar4Headers(bytes: Uint8Array): Rar4Listing | null {
  if (!isRar4(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files: Rar4FileHeader[] = [];
  let headerEncrypted = false;
  let volume = false;
  let offset = MARKER.length;
  while (offset + 7 <= bytes.length) {
    const type = view.getUint8(offset + 2);
    const flags = view.getUint16(offset + 3, true);
    const size = view.getUint16(offset + 5, true);
    if (size < 7 || offset + size > bytes.length) return null;
    let dataSize = 0;
    if (type === FILE_HEAD || (flags & LONG_BLOCK) !== 0) {
      if (size < 11) return null;
      dataSize = view.getUint32(offset + 7, true);
    }
    if (type === MAIN_HEAD) {
      volume = (flags & MHD_VOLUME) !== 0;
      headerEncrypted = (flags & MHD_PASSWORD) !== 0;
      if (headerEncrypted) return { headerEncrypted, volume, files };
    } else if (type === FILE_HEAD) {
      if (size < FILE_HEADER_FIXED) return null;
      if ((flags & LHD_LARGE) !== 0) {
        if (size < FILE_HEADER_FIXED + 8) return null;
        dataSize += view.getUint32(offset + FILE_HEADER_FIXED, true) * 0x1_0000_0000;
      }
      const nameSize = view.getUint16(offset + 26, true);
      const nameEnd = offset + FILE_HEADER_FIXED + ((flags & LHD_LARGE) !== 0 ? 8 : 0) + nameSize;
      if (nameEnd > offset + size) return null;
      files.push(fileHeader(bytes, view, offset, flags));
    } else if (type === END_ARCHIVE) {
      break;
    }
    offset += size + dataSize;
  }
  return { headerEncrypted, volume, files };
}
