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

function block(type: number, flags: number, body: Uint8Array): Buffer {
  const header = Buffer.alloc(7 + body.length);
  header.writeUInt8(type, 2);
  header.writeUInt16LE(flags, 3);
  header.writeUInt16LE(header.length, 5);
  header.set(body, 7);
  header.writeUInt16LE(crc32(header.subarray(2)) & 0xffff, 0);
  return header;
}

function fileBlock(spec: Rar4EntrySpec): Buffer {
  const data = spec.data ?? new Uint8Array(0);
  const body = Buffer.alloc(25 + spec.name.length);
  body.writeUInt32LE(data.length, 0);
  body.writeUInt32LE(data.length, 4);
  body.writeUInt8(spec.hostOs ?? 2, 8);
  body.writeUInt32LE(crc32(data) >>> 0, 9);
  body.writeUInt32LE(0x5a6b0000, 13);
  body.writeUInt8(20, 17);
  body.writeUInt8(0x30, 18); // store
  body.writeUInt16LE(spec.name.length, 19);
  body.writeUInt32LE(spec.attributes ?? (spec.directory ? 0x10 : 0x20), 21);
  body.set(spec.name, 25);
  return Buffer.concat([block(0x74, 0x8000 | (spec.directory ? 0xe0 : 0), body), data]);
}

export function buildRar4(
  specs: readonly Rar4EntrySpec[],
  options: { volume?: boolean } = {},
): Uint8Array {
  return Buffer.concat([
    Buffer.from('Rar!\x1a\x07\x00', 'latin1'),
    block(0x73, options.volume ? 0x0001 : 0, new Uint8Array(6)),
    ...specs.map(fileBlock),
    block(0x7b, 0x4000, new Uint8Array(0)),
  ]);
}
