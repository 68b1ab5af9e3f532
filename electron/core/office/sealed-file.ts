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
 *
 * Material files are written and read through the chunk pool's worker threads
 * (crypto/chunk-pool.ts), several chunks at a time, the reads and writes overlapping the
 * crypto; the state, a few kilobytes, is sealed and opened in memory on the calling thread.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { chunkPool } from '../crypto/chunk-pool';
import type { ChunkPool } from '../crypto/chunk-pool';
import { AppError } from '../../../shared/errors';
import { inOrder } from '../crypto/in-order';
import { padmeLength } from '../crypto/padme';
import { SlotRing, copyBytes, ownCopy, wipe } from '../crypto/slot-ring';
import { PLAINTEXT_PIECES } from '../case/material-source';
import type { PiecesSource, PlaintextChunk, PlaintextReader } from '../case/material-source';
import { openAtomicStream } from '../case/atomic-stream-write';
import { GCM_TAG_LENGTH, chunkCount, ciphertextLength } from '../case/case-format';
import { decryptChunk, encryptChunk } from '../case/chunk-cipher';
import { readAt } from '../case/read-at';
import { WorkerFile } from '../case/worker-file';

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

/** The part of the padded plaintext stream (length prefix, data, zeros) at `start`, into `target`. */
function fillPadded(data: Uint8Array, prefix: Buffer, start: number, target: Buffer): void {
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

interface SealedPlan {
  readonly header: Buffer;
  readonly key: Buffer;
  readonly prefix: Buffer;
  readonly padded: number;
  readonly chunkSize: number;
  readonly chunks: number;
}

function planSealing(
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

/** Seals small data (the state) in memory. */
export function sealBytes(purposeKey: Uint8Array, binding: string, data: Uint8Array): Buffer {
  const plan = planSealing(purposeKey, binding, data.length, DEFAULT_CHUNK_SIZE_LOG2);
  const parts: Uint8Array[] = [plan.header];
  for (let i = 0; i < plan.chunks; i++) {
    const start = i * plan.chunkSize;
    const chunk = Buffer.alloc(Math.min(plan.chunkSize, plan.padded - start));
    fillPadded(data, plan.prefix, start, chunk);
    parts.push(...encryptChunk(plan.key, i, i === plan.chunks - 1, chunk));
  }
  return Buffer.concat(parts);
}

/**
 * Seals data straight into `path`, atomically: each chunk copied into a slot of shared memory,
 * then encrypted from there and written at its place in the file by a worker of the chunk pool.
 */
export async function writeSealedFile(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
  data: Uint8Array,
  pool: ChunkPool = chunkPool(),
): Promise<void> {
  const plan = planSealing(purposeKey, binding, data.length, DEFAULT_CHUNK_SIZE_LOG2);
  const window = Math.min(plan.chunks, pool.streamJobs);
  const ring = new SlotRing(window, plan.chunkSize);
  const stream = await openAtomicStream(path);
  try {
    await stream.write([plan.header], 0);
    const sealChunk = async (i: number) => {
      const slot = await ring.acquire();
      try {
        const length = Math.min(plan.chunkSize, plan.padded - i * plan.chunkSize);
        fillPadded(data, plan.prefix, i * plan.chunkSize, slot.subarray(0, length));
        const position = HEADER_LENGTH + i * (plan.chunkSize + GCM_TAG_LENGTH);
        const last = i === plan.chunks - 1;
        await stream.writeWith(length + GCM_TAG_LENGTH, (fd) =>
          pool.seal({
            key: plan.key,
            counter: i,
            last,
            pieces: [slot.subarray(0, length)],
            hash: false,
            write: { fd, position },
          }),
        );
      } finally {
        ring.release(slot);
      }
    };
    for await (const _ of inOrder(plan.chunks, window, sealChunk)) {
      // Written by the workers; inOrder keeps `window` chunks in flight.
    }
    await stream.commit();
  } catch (error) {
    await stream.abort();
    throw error;
  } finally {
    // The slots still hold the last chunks' padded plaintext.
    ring.dispose({ wipe: true });
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

/** A decrypted chunk, or a piece of one, and how to give its memory back once read. */
interface Held {
  readonly bytes: Buffer;
  release(): void;
}

/**
 * Takes the file's chunks, decrypted (so authenticated) in order, and yields the data in them:
 * the length prefix and padding are checked against the file's length, so a cut or padded-out
 * file is refused; chunks holding only padding are given back, not handed on. The consumer
 * releases each piece it is given.
 */
async function* dataOf(
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

/** Where chunk `i` starts, and how long it is. */
function chunkRange(size: number, layout: SealedLayout, i: number): [number, number] {
  const start = HEADER_LENGTH + i * (layout.chunkSize + GCM_TAG_LENGTH);
  return [start, Math.min(layout.chunkSize + GCM_TAG_LENGTH, size - start)];
}

/** Opens sealed bytes held in memory (the state). Throws an AppError of the crypto family. */
export async function openSealedBytes(
  purposeKey: Uint8Array,
  binding: string,
  sealed: Uint8Array,
): Promise<Buffer> {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const readRange: ReadRange = async (position, length) => {
    if (position + length > bytes.length) throw new AppError('truncated', {}, 'sealed file');
    return bytes.subarray(position, position + length);
  };
  const layout = await layoutOf(bytes.length, readRange, purposeKey, binding);
  async function* plaintexts(): AsyncGenerator<Held> {
    for (let i = 0; i < layout.chunks; i++) {
      const [start, length] = chunkRange(bytes.length, layout, i);
      const chunk = await readRange(start, length);
      const plain = decryptChunk(layout.key, i, i === layout.chunks - 1, chunk);
      yield { bytes: plain, release: () => undefined };
    }
  }
  const parts: Buffer[] = [];
  for await (const part of dataOf(bytes.length, layout, plaintexts())) parts.push(part.bytes);
  return Buffer.concat(parts);
}

/**
 * A sealed file on disk, opened for streaming: its chunks read and decrypted in place by the
 * chunk pool's workers, `window` at a time, into the ring's slots, and handed on in order. A
 * chunk handed on is the consumer's to release (its slot is then reused); the chunks decrypted
 * ahead that nobody took are given back when the reading stops.
 */
async function* decryptedChunks(
  file: WorkerFile,
  size: number,
  layout: SealedLayout,
  pool: ChunkPool,
  ring: SlotRing,
  window: number,
): AsyncGenerator<Held> {
  const notTaken = new Set<Held>();
  const openChunk = async (i: number): Promise<Held> => {
    const slot = await ring.acquire();
    let plaintext: Buffer;
    try {
      const [position, length] = chunkRange(size, layout, i);
      plaintext = await file.use((fd) =>
        pool.open({
          key: layout.key,
          counter: i,
          last: i === layout.chunks - 1,
          bytes: slot.subarray(0, length),
          read: { fd, position },
        }),
      );
    } catch (error) {
      ring.release(slot);
      throw error;
    }
    let released = false;
    const held: Held = {
      bytes: plaintext,
      release: () => {
        if (released) return;
        released = true;
        notTaken.delete(held);
        ring.release(slot);
      },
    };
    notTaken.add(held);
    return held;
  };
  try {
    for await (const held of inOrder(layout.chunks, window, openChunk)) {
      notTaken.delete(held);
      yield held;
    }
  } finally {
    // inOrder has let every started job end: what nobody took is given back.
    for (const held of [...notTaken]) held.release();
  }
}

/** Opens the file and runs `read` over its decrypted data; closes it however `read` ends. */
async function* withSealedFile<T>(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
  pool: ChunkPool,
  /** Slots beyond the read-ahead: those the consumer may hold at once, for this chunk size. */
  extraSlots: (sealedChunkSize: number) => number,
  read: (data: AsyncGenerator<Held>) => AsyncGenerator<T>,
): AsyncGenerator<T> {
  const file = new WorkerFile(await open(path, 'r'));
  try {
    const size = (await file.handle.stat()).size;
    const readRange: ReadRange = (position, length) => readAt(file.handle, position, length);
    const layout = await layoutOf(size, readRange, purposeKey, binding);
    // Read ahead: the pool's share for a stream, and one more.
    const window = Math.min(layout.chunks, pool.streamJobs + 1);
    const ring = new SlotRing(
      window + extraSlots(layout.chunkSize),
      layout.chunkSize + GCM_TAG_LENGTH,
    );
    try {
      yield* read(dataOf(size, layout, decryptedChunks(file, size, layout, pool, ring, window)));
    } finally {
      // The slots that held plaintext are wiped once all are back (until then the next read
      // overwrites a slot: wiping each chunk would cost a pass over every byte).
      ring.dispose({ wipe: true });
    }
  } finally {
    await file.close();
  }
}

/**
 * Streams a sealed file's data from disk, one authenticated chunk at a time, each in a buffer
 * of the consumer's own: the next chunks are read and decrypted by the chunk pool's workers
 * while the current one is handed on.
 */
export async function* readSealedFileChunks(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
  pool: ChunkPool = chunkPool(),
): AsyncGenerator<Buffer> {
  yield* withSealedFile(
    path,
    purposeKey,
    binding,
    pool,
    () => 0,
    async function* (data) {
      for await (const held of data) {
        const own = ownCopy(held.bytes);
        held.release();
        yield own;
      }
    },
  );
}

/** A sealed file's whole data. */
export async function readSealedFile(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of readSealedFileChunks(path, purposeKey, binding)) parts.push(part);
  return Buffer.concat(parts);
}

/**
 * The data cut into chunks of `chunkSize` for a case package's entry writer, as pieces of the
 * decrypted chunks themselves: nothing is copied between the workspace's chunk and the
 * package's. A decrypted chunk's slot is given back once the cursor has moved past it and
 * every package chunk that uses a piece of it is done.
 */
function sealedPieces(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
  chunkSize: number,
  pool: ChunkPool,
  before: () => Promise<void>,
): PlaintextReader {
  interface Counted {
    readonly held: Held;
    uses: number;
    passed: boolean;
  }
  const settle = (counted: Counted) => {
    if (counted.passed && counted.uses === 0) counted.held.release();
  };
  // Slots held by the package chunks in the workers, the one held back and the one being cut:
  // each spans at most ⌈chunkSize / sealed chunk size⌉ + 1 decrypted chunks, and consecutive
  // ones share one. (At least the last two must fit, or the writer could wait for a slot only
  // its held-back chunk can give back.)
  const extraSlots = (sealedChunkSize: number) =>
    (pool.streamJobs + 2) * Math.ceil(chunkSize / sealedChunkSize) + 1;
  let data: AsyncGenerator<Held> | undefined;
  let current: { counted: Counted; rest: Buffer } | undefined;
  let ended = false;
  const open = async () => {
    await before();
    return withSealedFile(path, purposeKey, binding, pool, extraSlots, (chunks) => chunks);
  };
  return {
    async next(): Promise<PlaintextChunk | null> {
      data ??= await open();
      const pieces: Buffer[] = [];
      const used: Counted[] = [];
      let length = 0;
      while (length < chunkSize && !ended) {
        if (current === undefined || current.rest.length === 0) {
          if (current !== undefined) {
            current.counted.passed = true;
            settle(current.counted);
            current = undefined;
          }
          const next = await data.next();
          if (next.done === true) {
            ended = true;
            break;
          }
          current = {
            counted: { held: next.value, uses: 0, passed: false },
            rest: next.value.bytes,
          };
        }
        const take = Math.min(chunkSize - length, current.rest.length);
        pieces.push(current.rest.subarray(0, take));
        current.rest = current.rest.subarray(take);
        current.counted.uses++;
        used.push(current.counted);
        length += take;
      }
      if (length === 0) return null;
      let done = false;
      return {
        pieces,
        length,
        done: () => {
          if (done) return;
          done = true;
          for (const counted of used) {
            counted.uses--;
            settle(counted);
          }
        },
      };
    },
    async close() {
      if (current !== undefined) {
        current.counted.passed = true;
        settle(current.counted);
        current = undefined;
      }
      ended = true;
      await data?.return(undefined);
    },
  };
}

/**
 * A sealed file's data as a material source for sealing: iterated, it streams the data in
 * buffers of the consumer's own (readSealedFileChunks); given to a case package's writer, it
 * hands over the decrypted chunks' memory directly (sealedPieces). `before` runs before the
 * file is opened (the workspace checks there that the material exists).
 */
export function sealedFileSource(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
  before: () => Promise<void> = async () => undefined,
): AsyncIterable<Uint8Array> & PiecesSource {
  return {
    async *[Symbol.asyncIterator]() {
      await before();
      yield* readSealedFileChunks(path, purposeKey, binding);
    },
    [PLAINTEXT_PIECES]: (chunkSize: number, pool: ChunkPool) =>
      sealedPieces(path, purposeKey, binding, chunkSize, pool, before),
  };
}
