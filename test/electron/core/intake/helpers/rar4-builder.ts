/**
 * Writes store-only RAR 4 archives by hand (no Debian tool creates RAR): marker, main header,
 * file headers with their data, end block. Enough for names in any code page, links, volumes.
 */
import { crc32 } from 'node:zlib';

export interface Rar4EntrySpec {
  /** Written as given: GBK bytes without the Unicode flag, as old WinRAR on Chinese Windows did. */
  readonly name: Uint8Array;
  readonly data?: Uint8Array;
  readonly directory?: boolean;
  /** 2 = Windows (default), 3 = Unix. */
  readonly hostOs?: number;
  /** File attributes: Windows bits, or a Unix mode (0o120777 for a symlink). */
  readonly attributes?: number;
}

const MHD_VOLUME = 0x0001;
const MHD_NEWNUMBERING = 0x0010;
const MHD_FIRSTVOLUME = 0x0100;
const LHD_SPLIT_BEFORE = 0x01;
const LHD_SPLIT_AFTER = 0x02;
const EARC_NEXT_VOLUME = 0x0001;
const SKIP_IF_UNKNOWN = 0x4000;

function block(type: number, flags: number, body: Uint8Array): Buffer {
  const header = Buffer.alloc(7 + body.length);
  header.writeUInt8(type, 2);
  header.writeUInt16LE(flags, 3);
  header.writeUInt16LE(header.length, 5);
  header.set(body, 7);
  header.writeUInt16LE(crc32(header.subarray(2)) & 0xffff, 0);
  return header;
}

/**
 * One file header with the part of the file's data this volume holds. A split part's CRC is the
 * CRC of that part's data, except in the last part, which holds the whole file's (unrar's rule).
 */
function fileBlock(
  spec: Rar4EntrySpec,
  part: { data: Uint8Array; crc: number; splitBefore: boolean; splitAfter: boolean } | null = null,
): Buffer {
  const whole = spec.data ?? new Uint8Array(0);
  const data = part?.data ?? whole;
  const body = Buffer.alloc(25 + spec.name.length);
  body.writeUInt32LE(data.length, 0);
  body.writeUInt32LE(whole.length, 4);
  body.writeUInt8(spec.hostOs ?? 2, 8);
  body.writeUInt32LE(part?.crc ?? crc32(whole) >>> 0, 9);
  body.writeUInt32LE(0x5a6b0000, 13);
  body.writeUInt8(20, 17);
  body.writeUInt8(0x30, 18); // store
  body.writeUInt16LE(spec.name.length, 19);
  body.writeUInt32LE(spec.attributes ?? (spec.directory ? 0x10 : 0x20), 21);
  body.set(spec.name, 25);
  let flags = 0x8000 | (spec.directory ? 0xe0 : 0);
  if (part?.splitBefore) flags |= LHD_SPLIT_BEFORE;
  if (part?.splitAfter) flags |= LHD_SPLIT_AFTER;
  return Buffer.concat([block(0x74, flags, body), data]);
}

const MARKER = Buffer.from('Rar!\x1a\x07\x00', 'latin1');

export function buildRar4(
  specs: readonly Rar4EntrySpec[],
  options: { volume?: boolean } = {},
): Uint8Array {
  return Buffer.concat([
    MARKER,
    block(0x73, options.volume ? MHD_VOLUME : 0, new Uint8Array(6)),
    ...specs.map((spec) => fileBlock(spec)),
    block(0x7b, SKIP_IF_UNKNOWN, new Uint8Array(0)),
  ]);
}

/**
 * A RAR 4 volume set holding one file split evenly over `volumes` parts, as WinRAR writes it
 * ("name.part1.rar" numbering when `newNumbering`, else "name.rar", "name.r00"…).
 */
export function buildRar4Volumes(
  spec: Rar4EntrySpec,
  volumes: number,
  options: { newNumbering?: boolean } = {},
): Uint8Array[] {
  const whole = spec.data ?? new Uint8Array(0);
  const size = Math.ceil(whole.length / volumes);
  return Array.from({ length: volumes }, (_, i) => {
    const data = whole.subarray(i * size, Math.min(whole.length, (i + 1) * size));
    const last = i === volumes - 1;
    let mainFlags = MHD_VOLUME;
    if (options.newNumbering) mainFlags |= MHD_NEWNUMBERING;
    if (i === 0) mainFlags |= MHD_FIRSTVOLUME;
    const part = {
      data,
      crc: (last ? crc32(whole) : crc32(data)) >>> 0,
      splitBefore: i > 0,
      splitAfter: !last,
    };
    return Buffer.concat([
      MARKER,
      block(0x73, mainFlags, new Uint8Array(6)),
      fileBlock(spec, part),
      block(0x7b, SKIP_IF_UNKNOWN | (last ? 0 : EARC_NEXT_VOLUME), new Uint8Array(0)),
    ]);
  });
}
