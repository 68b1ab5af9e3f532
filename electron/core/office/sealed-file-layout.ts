/**
 * The layout of a sealed file (the format is in sealed-file.ts): its header, the padded
 * plaintext stream and the per-file key, both as planned for a file about to be written and as
 * read back from the header of one on disk or in memory; and the check of the decrypted stream's
 * length prefix and padding, shared by every way of reading one.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { padmeLength } from '../crypto/padme';
import { copyBytes, wipe } from '../crypto/slot-ring';
import { GCM_TAG_LENGTH, chunkCount, ciphertextLength } from '../case/case-format';

const MAGIC = Buffer.from('QBSF', 'latin1');
const VERSION = 1;
const SALT_LENGTH = 16;
export const HEADER_LENGTH = MAGIC.length + 2 + SALT_LENGTH;
const LENGTH_PREFIX = 8;
export const DEFAULT_CHUNK_SIZE_LOG2 = 20;
const MIN_CHUNK_SIZE_LOG2 = 10;
const MAX_CHUNK_SIZE_LOG2 = 24;

/** The bytes a sealed file of `plaintextLength` bytes takes on disk. */
export function sealedFileLength(
  plaintextLength: number,
  chunkSizeLog2 = DEFAULT_CHUNK_SIZE_LOG2,
): number {
  return (
    HEADER_LENGTH +
    ciphertextLength(padmeLength(LENGTH_PREFIX + plaintextLength), 2 ** chunkSizeLog2)
  );
}

function fileKey(purposeKey: Uint8Array, salt: Uint8Array, binding: string): Buffer {
  return Buffer.from(hkdfSync('sha256', purposeKey, salt, Buffer.from(binding, 'utf8'), 32));
}

/** The part of the padded plaintext stream (length prefix, data, zeros) at `start`, into `target`. */
export function fillPadded(data: Uint8Array, prefix: Buffer, start: number, target: Buffer): void {
  // The part of [prefix ‖ data] that falls in [start, start + target.length), then zeros.
  const zerosFrom = Math.max(0, Math.min(target.length, LENGTH_PREFIX + data.length - start));
  wipe(target, zerosFrom);
  if (start < LENGTH_PREFIX) {
    copyBytes(target, 0, prefix.subarray(start, Math.min(LENGTH_PREFIX, start + target.length)));
  }
  const dataFrom = Math.max(0, start - LENGTH_PREFIX);
  const dataTo = Math.min(data.length, start + target.length - LENGTH_PREFIX);
  if (dataTo > dataFrom) {
    copyBytes(target, dataFrom + LENGTH_PREFIX - start, data.subarray(dataFrom, dataTo));
  }
}

/** A file about to be sealed: its header, key, length prefix and chunking. */
export interface SealedPlan {
  readonly header: Buffer;
  readonly key: Buffer;
  readonly prefix: Buffer;
  readonly padded: number;
  readonly chunkSize: number;
  readonly chunks: number;
}

/** Draws the salt and lays out `dataLength` bytes for sealing. */
export function planSealing(
  purposeKey: Uint8Array,
  binding: string,
  dataLength: number,
  chunkSizeLog2: number,
): SealedPlan {
  const salt = randomBytes(SALT_LENGTH);
  const prefix = Buffer.alloc(LENGTH_PREFIX);
  prefix.writeBigUInt64BE(BigInt(dataLength));
  const padded = padmeLength(LENGTH_PREFIX + dataLength);
  const chunkSize = 2 ** chunkSizeLog2;
  return {
    header: Buffer.concat([MAGIC, Buffer.of(VERSION, chunkSizeLog2), salt]),
    key: fileKey(purposeKey, salt, binding),
    prefix,
    padded,
    chunkSize,
    chunks: chunkCount(padded, chunkSize),
  };
}

/** Positioned reads over a file or over bytes in memory. */
export type ReadRange = (position: number, length: number) => Promise<Buffer>;

/** A sealed file as its header and length describe it. */
export interface SealedLayout {
  readonly chunkSize: number;
  readonly chunks: number;
  readonly key: Buffer;
}

/** Reads and checks the header of a sealed file of `size` bytes, and derives its key. */
export async function layoutOf(
  size: number,
  readRange: ReadRange,
  purposeKey: Uint8Array,
  binding: string,
): Promise<SealedLayout> {
  if (size < HEADER_LENGTH + GCM_TAG_LENGTH) throw new AppError('truncated', {}, 'sealed file');
  const header = await readRange(0, HEADER_LENGTH);
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new AppError('tampered', {}, 'sealed file magic');
  }
  if (header[MAGIC.length] !== VERSION)
    throw new AppError('unsupported-version', {}, 'sealed file');
  const chunkSizeLog2 = header[MAGIC.length + 1] ?? 0;
  if (chunkSizeLog2 < MIN_CHUNK_SIZE_LOG2 || chunkSizeLog2 > MAX_CHUNK_SIZE_LOG2) {
    throw new AppError('tampered', {}, 'sealed file chunk size');
  }
  const chunkSize = 2 ** chunkSizeLog2;
  const body = size - HEADER_LENGTH;
  const chunks = Math.ceil(body / (chunkSize + GCM_TAG_LENGTH));
  const padded = body - chunks * GCM_TAG_LENGTH;
  if (padded < LENGTH_PREFIX || ciphertextLength(padded, chunkSize) !== body) {
    throw new AppError('tampered', {}, 'sealed file length');
  }
  return {
    chunkSize,
    chunks,
    key: fileKey(purposeKey, header.subarray(MAGIC.length + 2), binding),
  };
}

/** Where chunk `i` starts, and how long it is. */
export function chunkRange(size: number, layout: SealedLayout, i: number): [number, number] {
  const start = HEADER_LENGTH + i * (layout.chunkSize + GCM_TAG_LENGTH);
  return [start, Math.min(layout.chunkSize + GCM_TAG_LENGTH, size - start)];
}

/** A decrypted chunk, or a piece of one, and how to give its memory back once read. */
export interface Held {
  readonly bytes: Buffer;
  release(): void;
}

/**
 * Takes the file's chunks, decrypted (so authenticated) in order, and yields the data in them:
 * the length prefix and padding are checked against the file's length, so a cut or padded-out
 * file is refused; chunks holding only padding are given back, not handed on. The consumer
 * releases each piece it is given.
 */
export async function* dataOf(
  size: number,
  layout: SealedLayout,
  plaintexts: AsyncIterable<Held>,
): AsyncGenerator<Held> {
  let dataLength = -1;
  let emitted = 0;
  let i = 0;
  for await (const chunk of plaintexts) {
    let plain = chunk.bytes;
    if (i++ === 0) {
      dataLength = Number(plain.readBigUInt64BE(0));
      const padded = size - HEADER_LENGTH - layout.chunks * GCM_TAG_LENGTH;
      if (padmeLength(LENGTH_PREFIX + dataLength) !== padded) {
        chunk.release();
        throw new AppError('tampered', {}, 'sealed file padding');
      }
      plain = plain.subarray(LENGTH_PREFIX);
    }
    const keep = Math.min(plain.length, dataLength - emitted);
    if (keep <= 0) {
      chunk.release();
      return;
    }
    emitted += keep;
    yield { bytes: plain.subarray(0, keep), release: chunk.release };
  }
}
