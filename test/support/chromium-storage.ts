/**
 * What Chromium's own storage does to bytes a page stores, undone for the secrecy scan: IndexedDB
 * lives in LevelDB, whose log cuts a record into 32 KiB blocks with a header between the pieces
 * and whose tables compress blocks with Snappy; and Blink compresses a large IndexedDB value with
 * Snappy before it ever reaches LevelDB (a value starting FF 11 02). A marker in any of them may
 * not be in the file's bytes as such. Each finder yields the bytes as the page stored them; bytes
 * that only look like one of these formats by chance (ciphertext) do not decode and yield nothing,
 * but a LevelDB table (its 8-byte magic does not occur by chance) that does not read throws.
 */
import { ScanLimitError } from './embedded-containers';
import type { Container } from './embedded-containers';

export class SnappyError extends Error {
  override readonly name = 'SnappyError';
}

/** A little-endian base-128 integer at `at`: its value and the offset after it. */
function varint(bytes: Uint8Array, at: number): { value: number; next: number } {
  let value = 0;
  for (let shift = 0, i = at; i < bytes.length && shift <= 49; shift += 7, i++) {
    const byte = bytes[i]!;
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return { value, next: i + 1 };
  }
  throw new SnappyError('bad varint');
}

/** Snappy never expands a byte of input into more than this many bytes of output (a 2-byte copy of 64). */
const SNAPPY_MAX_RATIO = 32;

/**
 * Raw Snappy (the block format, no framing) decompressed; throws SnappyError for bytes that are
 * not a whole Snappy stream, and past `limit` bytes of output. Bytes after the stream's end are
 * left alone: `end` says where it stopped.
 */
export function snappyUncompress(input: Uint8Array, limit: number): { bytes: Buffer; end: number } {
  const { value: length, next } = varint(input, 0);
  if (length > limit) throw new SnappyError(`declares ${length} bytes, past the limit`);
  if (length > (input.length - next) * SNAPPY_MAX_RATIO + 64) {
    throw new SnappyError('declares more than its input can hold');
  }
  const out = Buffer.alloc(length);
  let at = next;
  let written = 0;
  while (written < length) {
    if (at >= input.length) throw new SnappyError('ends early');
    const tag = input[at++]!;
    const type = tag & 3;
    if (type === 0) {
      let size = (tag >>> 2) + 1;
      if (size > 60) {
        const extra = size - 60;
        if (at + extra > input.length) throw new SnappyError('ends early');
        size = 0;
        for (let i = 0; i < extra; i++) size += input[at + i]! * 2 ** (8 * i);
        size += 1;
        at += extra;
      }
      if (at + size > input.length || written + size > length) {
        throw new SnappyError('literal past the end');
      }
      out.set(input.subarray(at, at + size), written);
      at += size;
      written += size;
      continue;
    }
    let size: number;
    let offset: number;
    if (type === 1) {
      if (at + 1 > input.length) throw new SnappyError('ends early');
      size = 4 + ((tag >>> 2) & 7);
      offset = ((tag >>> 5) << 8) | input[at]!;
      at += 1;
    } else if (type === 2) {
      if (at + 2 > input.length) throw new SnappyError('ends early');
      size = 1 + (tag >>> 2);
      offset = input[at]! | (input[at + 1]! << 8);
      at += 2;
    } else {
      if (at + 4 > input.length) throw new SnappyError('ends early');
      size = 1 + (tag >>> 2);
      offset =
        (input[at]! | (input[at + 1]! << 8) | (input[at + 2]! << 16)) + input[at + 3]! * 2 ** 24;
      at += 4;
    }
    if (offset === 0 || offset > written || written + size > length) {
      throw new SnappyError('copy outside the output');
    }
    // Copies may overlap their own output (a run): byte by byte.
    for (let i = 0; i < size; i++, written++) out[written] = out[written - offset]!;
  }
  return { bytes: out, end: at };
}

/** Blink's IndexedDB value wrapper: version tag FF, "requires processing" 0x11, Snappy 0x02. */
const BLINK_SNAPPY_VALUE = Buffer.from([0xff, 0x11, 0x02]);

/** Every Blink IndexedDB value compressed with Snappy, decompressed. */
export function blinkCompressedValues(bytes: Buffer, limit: number): Container[] {
  const found: Container[] = [];
  for (let at = bytes.indexOf(BLINK_SNAPPY_VALUE); at !== -1;) {
    try {
      const { bytes: value } = snappyUncompress(bytes.subarray(at + 3), limit);
      if (value.length > 0) {
        found.push({ where: `IndexedDB value (Snappy) at ${at}`, decoded: value });
      }
    } catch (error) {
      if (!(error instanceof SnappyError)) throw error;
    }
    at = bytes.indexOf(BLINK_SNAPPY_VALUE, at + 1);
  }
  return found;
}

// ---- CRC-32C, as LevelDB masks it, to tell a LevelDB log from bytes that resemble one.

const CRC32C_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32c(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC32C_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function maskedCrc32c(bytes: Uint8Array): number {
  const crc = crc32c(bytes);
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0;
}

const LOG_BLOCK = 32 * 1024;
const LOG_HEADER = 7;
// Record types; a MIDDLE (3) piece is taken as it comes, between a FIRST and a LAST.
const [FULL, FIRST, LAST] = [1, 2, 4];

/**
 * A LevelDB log (IndexedDB's `NNNNNN.log`) with its records put back together, when the file
 * starts with an authentic record. A record cut short at the end (a write in flight) is kept as
 * far as it goes; a damaged one ends the reading there.
 */
export function leveldbLogRecords(bytes: Buffer): Container[] {
  const records: Buffer[] = [];
  let pieces: Buffer[] = [];
  let at = 0;
  while (at + LOG_HEADER <= bytes.length) {
    const left = LOG_BLOCK - (at % LOG_BLOCK);
    if (left < LOG_HEADER) {
      at += left;
      continue;
    }
    const crc = bytes.readUInt32LE(at);
    const length = bytes.readUInt16LE(at + 4);
    const type = bytes[at + 6]!;
    if (type === 0 && length === 0 && crc === 0) {
      // Preallocated, never written: the rest of the block is zeros.
      at += left;
      continue;
    }
    const end = at + LOG_HEADER + length;
    if (type < FULL || type > LAST || length > left - LOG_HEADER) break;
    const piece = bytes.subarray(at + LOG_HEADER, Math.min(end, bytes.length));
    if (end <= bytes.length && maskedCrc32c(bytes.subarray(at + 6, end)) !== crc) break;
    // Not a log at all: nothing is taken unless the very first record is authentic.
    if (at === 0 && end > bytes.length) return [];
    if (type === FULL || type === FIRST) pieces = [];
    pieces.push(piece);
    if (type === FULL || type === LAST) {
      records.push(Buffer.concat(pieces));
      pieces = [];
    }
    at = end;
  }
  if (pieces.length > 0) records.push(Buffer.concat(pieces));
  if (records.length === 0) return [];
  // One container: the records end to end, each whole.
  return [{ where: 'LevelDB log records', decoded: Buffer.concat(records) }];
}

/** LevelDB's table magic, 0xdb4775248b80fb57, little-endian, in the last 8 bytes of a table. */
const TABLE_MAGIC = Buffer.from([0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]);
const FOOTER = 48;
const SNAPPY_BLOCK = 1;

interface BlockHandle {
  readonly offset: number;
  readonly size: number;
}

function blockHandle(bytes: Uint8Array, at: number): BlockHandle & { next: number } {
  const offset = varint(bytes, at);
  const size = varint(bytes, offset.next);
  return { offset: offset.value, size: size.value, next: size.next };
}

/** A block's contents: as stored, or Snappy-decompressed when its trailer says so. */
function blockContents(table: Buffer, handle: BlockHandle, limit: number): Buffer {
  const end = handle.offset + handle.size;
  if (end + 5 > table.length) throw new SnappyError('block past the end of the table');
  const stored = table.subarray(handle.offset, end);
  return table[end] === SNAPPY_BLOCK ? snappyUncompress(stored, limit).bytes : stored;
}

/** The block handles an index block lists (each entry's value is a handle). */
function indexedHandles(index: Buffer): BlockHandle[] {
  if (index.length < 4) throw new SnappyError('index block too short');
  const restarts = index.readUInt32LE(index.length - 4);
  const entriesEnd = index.length - 4 - 4 * restarts;
  if (entriesEnd < 0) throw new SnappyError('index block restarts past its start');
  const handles: BlockHandle[] = [];
  for (let at = 0; at < entriesEnd;) {
    const shared = varint(index, at);
    const unshared = varint(index, shared.next);
    const valueLength = varint(index, unshared.next);
    const valueAt = valueLength.next + unshared.value;
    if (valueAt + valueLength.value > entriesEnd) throw new SnappyError('index entry past the end');
    handles.push(blockHandle(index, valueAt));
    at = valueAt + valueLength.value;
  }
  return handles;
}

/**
 * The data blocks of a LevelDB table (IndexedDB's `NNNNNN.ldb`) that are stored Snappy-compressed,
 * decompressed; blocks stored as they are need nothing (the scan reads them in the file).
 */
export function leveldbTableBlocks(bytes: Buffer, limit: number): Container[] {
  if (bytes.length < FOOTER || !bytes.subarray(bytes.length - 8).equals(TABLE_MAGIC)) return [];
  try {
    const footer = bytes.subarray(bytes.length - FOOTER);
    const metaindex = blockHandle(footer, 0);
    const index = blockHandle(footer, metaindex.next);
    const found: Container[] = [];
    let room = limit;
    for (const handle of indexedHandles(blockContents(bytes, index, limit))) {
      if (bytes[handle.offset + handle.size] !== SNAPPY_BLOCK) continue;
      const block = blockContents(bytes, handle, room);
      room -= block.length;
      found.push({ where: `LevelDB table block at ${handle.offset} (Snappy)`, decoded: block });
    }
    return found;
  } catch (error) {
    // The magic does not occur by chance: a table the scan cannot read is never passed as clean.
    if (error instanceof SnappyError) throw new ScanLimitError(`LevelDB table: ${error.message}`);
    throw error;
  }
}

/** Every container of Chromium's storage in `bytes` (see the module comment). */
export function chromiumStorageContainers(bytes: Buffer, limit: number): Container[] {
  return [
    ...leveldbLogRecords(bytes),
    ...leveldbTableBlocks(bytes, limit),
    ...blinkCompressedValues(bytes, limit),
  ];
}
