/**
 * One encrypted file of the office workspace (its state, or one received material), padded so
 * its length tells little more than its order of magnitude, and cut into chunks so a large
 * material streams through sealing without being held whole.
 *
 *   "QBSF" | version 1 | chunkSizeLog2 | salt (16) | chunks
 *   plaintext stream = length (u64) ‖ data ‖ zeros, padded to Padmé(8 + length) bytes
 *   key     = HKDF-SHA256(IKM = purpose key, salt = salt, info = binding)
 *   chunk i = AES-256-GCM(key, nonce = i (11 bytes) ‖ final flag, chunk plaintext) ‖ tag
 *
 * The binding names the workspace and the file's role (and a material's name, a state's
 * generation), so a file moved, swapped or copied from another workspace fails authentication.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { CryptoError } from '../crypto/crypto-error';
import { padmeLength } from '../crypto/padme';
import { openAtomicStream } from '../case/atomic-stream-write';
import { GCM_TAG_LENGTH, chunkCount, ciphertextLength } from '../case/case-format';
import { decryptChunk, encryptChunk } from '../case/chunk-cipher';
import { readAt } from '../case/read-at';

const MAGIC = Buffer.from('QBSF', 'latin1');
const VERSION = 1;
const SALT_LENGTH = 16;
const HEADER_LENGTH = MAGIC.length + 2 + SALT_LENGTH;
const LENGTH_PREFIX = 8;
const DEFAULT_CHUNK_SIZE_LOG2 = 20;
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

/** The padded plaintext stream (length prefix, data, zeros) as chunks of one reused buffer. */
function* paddedChunks(data: Uint8Array, chunkSize: number): Generator<Buffer> {
  const total = padmeLength(LENGTH_PREFIX + data.length);
  const scratch = Buffer.alloc(chunkSize);
  const prefix = Buffer.alloc(LENGTH_PREFIX);
  prefix.writeBigUInt64BE(BigInt(data.length));
  for (let start = 0; start < total; start += chunkSize) {
    const length = Math.min(chunkSize, total - start);
    scratch.fill(0, 0, length);
    // The part of [prefix ‖ data] that falls in [start, start + length).
    if (start < LENGTH_PREFIX)
      scratch.set(prefix.subarray(start, Math.min(LENGTH_PREFIX, start + length)), 0);
    const dataFrom = Math.max(0, start - LENGTH_PREFIX);
    const dataTo = Math.min(data.length, start + length - LENGTH_PREFIX);
    if (dataTo > dataFrom)
      scratch.set(data.subarray(dataFrom, dataTo), dataFrom + LENGTH_PREFIX - start);
    yield scratch.subarray(0, length);
  }
}

function* sealedParts(
  purposeKey: Uint8Array,
  binding: string,
  data: Uint8Array,
  chunkSizeLog2: number,
): Generator<Uint8Array[]> {
  const salt = randomBytes(SALT_LENGTH);
  const key = fileKey(purposeKey, salt, binding);
  yield [MAGIC, Buffer.of(VERSION, chunkSizeLog2), salt];
  const chunkSize = 2 ** chunkSizeLog2;
  const total = chunkCount(padmeLength(LENGTH_PREFIX + data.length), chunkSize);
  let counter = 0;
  for (const chunk of paddedChunks(data, chunkSize)) {
    yield encryptChunk(key, counter, counter === total - 1, chunk);
    counter++;
  }
}

/** Seals small data (the state) in memory. */
export function sealBytes(purposeKey: Uint8Array, binding: string, data: Uint8Array): Buffer {
  return Buffer.concat([...sealedParts(purposeKey, binding, data, DEFAULT_CHUNK_SIZE_LOG2)].flat());
}

/** Seals data straight into `path`, atomically, a chunk at a time. */
export async function writeSealedFile(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
  data: Uint8Array,
): Promise<void> {
  const stream = await openAtomicStream(path);
  try {
    let offset = 0;
    for (const parts of sealedParts(purposeKey, binding, data, DEFAULT_CHUNK_SIZE_LOG2)) {
      await stream.write(parts, offset);
      for (const part of parts) offset += part.length;
    }
    await stream.commit();
  } catch (error) {
    await stream.abort();
    throw error;
  }
}

/** Positioned reads over a file or over bytes in memory. */
type ReadRange = (position: number, length: number) => Promise<Buffer>;

interface SealedLayout {
  readonly chunkSize: number;
  readonly chunks: number;
  readonly key: Buffer;
}

async function layoutOf(
  size: number,
  readRange: ReadRange,
  purposeKey: Uint8Array,
  binding: string,
): Promise<SealedLayout> {
  if (size < HEADER_LENGTH + GCM_TAG_LENGTH) throw new CryptoError('truncated', 'sealed file');
  const header = await readRange(0, HEADER_LENGTH);
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new CryptoError('tampered', 'sealed file magic');
  }
  if (header[MAGIC.length] !== VERSION) throw new CryptoError('unsupported-version', 'sealed file');
  const chunkSizeLog2 = header[MAGIC.length + 1] ?? 0;
  if (chunkSizeLog2 < MIN_CHUNK_SIZE_LOG2 || chunkSizeLog2 > MAX_CHUNK_SIZE_LOG2) {
    throw new CryptoError('tampered', 'sealed file chunk size');
  }
  const chunkSize = 2 ** chunkSizeLog2;
  const body = size - HEADER_LENGTH;
  const chunks = Math.ceil(body / (chunkSize + GCM_TAG_LENGTH));
  const padded = body - chunks * GCM_TAG_LENGTH;
  if (padded < LENGTH_PREFIX || ciphertextLength(padded, chunkSize) !== body) {
    throw new CryptoError('tampered', 'sealed file length');
  }
  return {
    chunkSize,
    chunks,
    key: fileKey(purposeKey, header.subarray(MAGIC.length + 2), binding),
  };
}

/**
 * Yields the data, chunk by chunk, each authenticated before it is handed on; the file's
 * length, padding and final chunk are checked, so a cut or padded-out file is refused.
 */
async function* openedChunks(
  size: number,
  readRange: ReadRange,
  purposeKey: Uint8Array,
  binding: string,
): AsyncGenerator<Buffer> {
  const { chunkSize, chunks, key } = await layoutOf(size, readRange, purposeKey, binding);
  let dataLength = -1;
  let emitted = 0;
  for (let i = 0; i < chunks; i++) {
    const start = HEADER_LENGTH + i * (chunkSize + GCM_TAG_LENGTH);
    const chunk = await readRange(start, Math.min(chunkSize + GCM_TAG_LENGTH, size - start));
    let plain = decryptChunk(key, i, i === chunks - 1, chunk);
    if (i === 0) {
      dataLength = Number(plain.readBigUInt64BE(0));
      const padded = size - HEADER_LENGTH - chunks * GCM_TAG_LENGTH;
      if (padmeLength(LENGTH_PREFIX + dataLength) !== padded) {
        throw new CryptoError('tampered', 'sealed file padding');
      }
      plain = plain.subarray(LENGTH_PREFIX);
    }
    const keep = Math.min(plain.length, dataLength - emitted);
    if (keep <= 0) return;
    emitted += keep;
    yield keep === plain.length ? plain : plain.subarray(0, keep);
  }
}

/** Opens sealed bytes held in memory (the state). Throws CryptoError. */
export async function openSealedBytes(
  purposeKey: Uint8Array,
  binding: string,
  sealed: Uint8Array,
): Promise<Buffer> {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const parts: Buffer[] = [];
  const readRange: ReadRange = async (position, length) => {
    if (position + length > bytes.length) throw new CryptoError('truncated', 'sealed file');
    return bytes.subarray(position, position + length);
  };
  for await (const part of openedChunks(bytes.length, readRange, purposeKey, binding)) {
    parts.push(part);
  }
  return Buffer.concat(parts);
}

/** Streams a sealed file's data from disk, one authenticated chunk at a time. */
export async function* readSealedFileChunks(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    yield* openedChunks(
      size,
      (position, length) => readAt(handle, position, length),
      purposeKey,
      binding,
    );
  } finally {
    await handle.close();
  }
}

/** A sealed file's whole data. */
export async function readSealedFile(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
): Promise<Buffer> {
  return openSealedBytes(purposeKey, binding, await readFile(path));
}
