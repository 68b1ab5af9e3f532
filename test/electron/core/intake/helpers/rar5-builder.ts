/**
 * Writes store-only RAR 5 archives and volume sets by hand (technote of RAR 5.0: vint fields,
 * a CRC-32 over each header). Enough for the volume flags and numbers intake reads.
 */
import { crc32 } from 'node:zlib';

const SIGNATURE = Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1');

/** RAR 5's variable-length integer: 7 bits a byte, low first, high bit set on all but the last. */
function vint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  do {
    let byte = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest > 0) byte |= 0x80;
    bytes.push(byte);
  } while (rest > 0);
  return Buffer.from(bytes);
}

/** A header: CRC-32, size, then type, flags and the type's fields. */
function header(type: number, flags: number, fields: Buffer, dataSize?: number): Buffer {
  const withData = dataSize === undefined ? flags : flags | 0x0002;
  const body = Buffer.concat([
    vint(type),
    vint(withData),
    ...(dataSize === undefined ? [] : [vint(dataSize)]),
    fields,
  ]);
  const sized = Buffer.concat([vint(body.length), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32LE(crc32(sized) >>> 0, 0);
  return Buffer.concat([crc, sized]);
}

function mainHeader(volume: { number: number } | null): Buffer {
  if (volume === null) return header(1, 0, vint(0));
  const archiveFlags = 0x0001 | (volume.number > 0 ? 0x0002 : 0);
  return header(
    1,
    0,
    Buffer.concat([vint(archiveFlags), ...(volume.number > 0 ? [vint(volume.number)] : [])]),
  );
}

function fileHeader(
  name: string,
  whole: Uint8Array,
  part: { data: Uint8Array; crc: number; splitBefore: boolean; splitAfter: boolean },
): Buffer {
  const crc = Buffer.alloc(4);
  crc.writeUInt32LE(part.crc, 0);
  const nameBytes = Buffer.from(name, 'utf8');
  const fields = Buffer.concat([
    vint(0x0004), // file flags: CRC32 present
    vint(whole.length),
    vint(0x20), // attributes
    crc,
    vint(0), // compression: version 0, store
    vint(0), // host OS: Windows
    vint(nameBytes.length),
    nameBytes,
  ]);
  const flags = (part.splitBefore ? 0x0008 : 0) | (part.splitAfter ? 0x0010 : 0);
  return Buffer.concat([header(2, flags, fields, part.data.length), part.data]);
}

function endHeader(last: boolean): Buffer {
  return header(5, 0, vint(last ? 0 : 0x0001));
}

/** A single archive (no volume) of one file. */
export function buildRar5(name: string, data: Uint8Array): Uint8Array {
  const crc = crc32(data) >>> 0;
  return Buffer.concat([
    SIGNATURE,
    mainHeader(null),
    fileHeader(name, data, { data, crc, splitBefore: false, splitAfter: false }),
    endHeader(true),
  ]);
}

/** A RAR 5 volume set ("name.part1.rar"…) holding one file split evenly over `volumes` parts. */
export function buildRar5Volumes(name: string, data: Uint8Array, volumes: number): Uint8Array[] {
  const size = Math.ceil(data.length / volumes);
  return Array.from({ length: volumes }, (_, i) => {
    const piece = data.subarray(i * size, Math.min(data.length, (i + 1) * size));
    const last = i === volumes - 1;
    const part = {
      data: piece,
      crc: (last ? crc32(data) : crc32(piece)) >>> 0,
      splitBefore: i > 0,
      splitAfter: !last,
    };
    return Buffer.concat([
      SIGNATURE,
      mainHeader({ number: i }),
      fileHeader(name, data, part),
      endHeader(last),
    ]);
  });
}
