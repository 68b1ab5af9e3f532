/**
 * The chunk workers: the same bytes as the main thread's chunk cipher, every job answered with
 * its own result, checks before decryption, typed failures, and a pool that survives a crashed
 * worker, ends its idle workers and refuses work once closed.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decryptChunk, encryptChunk } from '../../../../electron/core/case/chunk-cipher';
import { ChunkPool } from '../../../../electron/core/crypto/chunk-pool';
import { CHUNK_WORKER_SOURCE } from '../../../../electron/core/crypto/chunk-worker-source';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';

const key = new Uint8Array(32).fill(7);

function patterned(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed * 17) & 0xff;
  return bytes;
}

function shared(bytes: Uint8Array): Buffer {
  const copy = Buffer.from(new SharedArrayBuffer(bytes.length));
  copy.set(bytes);
  return copy;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-pool-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pool = new ChunkPool({ size: 2 });
afterAll(() => pool.close());

describe('the chunk pool', () => {
  it('seals as the chunk cipher does, from several pieces, written at its place', async () => {
    const plaintext = patterned(100_000, 1);
    const pieces = [shared(plaintext.subarray(0, 40_000)), shared(plaintext.subarray(40_000))];
    const expected = Buffer.concat(encryptChunk(key, 5, true, plaintext));
    const path = join(dir, 'out.bin');
    const file = await open(path, 'w+');
    try {
      await file.write(Buffer.from('head'), 0, 4, 0);
      const hash = await pool.seal({
        key,
        counter: 5,
        last: true,
        pieces,
        hash: true,
        write: { fd: file.fd, position: 4 },
      });
      expect(hash!.equals(sha256(expected))).toBe(true);
    } finally {
      await file.close();
    }
    const written = await readFile(path);
    expect(written.subarray(0, 4).toString()).toBe('head');
    expect(written.subarray(4).equals(expected)).toBe(true);
    // The pieces are only read.
    expect(Buffer.concat(pieces).equals(plaintext)).toBe(true);
  });

  it('answers every job with its own result, however many are in flight', async () => {
    const chunks = Array.from({ length: 24 }, (_, i) =>
      Buffer.concat(encryptChunk(key, i, i === 23, patterned(3000 + i, i))),
    );
    const opened = await Promise.all(
      chunks.map((chunk, i) =>
        pool.open({ key, counter: i, last: i === 23, bytes: shared(chunk), hash: sha256(chunk) }),
      ),
    );
    opened.forEach((plaintext, i) => {
      expect(Buffer.from(plaintext).equals(patterned(3000 + i, i))).toBe(true);
    });
    expect(pool.running).toBeLessThanOrEqual(2);
  });

  it('reads a chunk itself and decrypts it in place', async () => {
    const chunk = Buffer.concat(encryptChunk(key, 2, false, patterned(5000, 3)));
    const path = join(dir, 'chunk.bin');
    await writeFile(path, Buffer.concat([Buffer.alloc(10), chunk]));
    const file = await open(path, 'r');
    const slot = Buffer.from(new SharedArrayBuffer(chunk.length));
    try {
      const plaintext = await pool.open({
        key,
        counter: 2,
        last: false,
        bytes: slot,
        hash: sha256(chunk),
        read: { fd: file.fd, position: 10 },
      });
      expect(plaintext.buffer).toBe(slot.buffer);
      expect(Buffer.from(plaintext).equals(patterned(5000, 3))).toBe(true);
    } finally {
      await file.close();
    }
  });

  it('checks the listed hash before decrypting: a chunk valid under the key is refused, undecrypted', async () => {
    // Re-encrypted under the right key and nonce (what a recipient could do): GCM would pass.
    const forged = Buffer.concat(encryptChunk(key, 1, false, Buffer.alloc(4000, 0x41)));
    const signed = sha256(Buffer.concat(encryptChunk(key, 1, false, patterned(4000, 9))));
    const slot = shared(forged);
    const opening = pool.open({ key, counter: 1, last: false, bytes: slot, hash: signed });
    await expect(opening).rejects.toSatisfy((e) => isCryptoError(e, 'tampered'));
    expect(slot.equals(forged)).toBe(true);
    expect(slot.includes(Buffer.alloc(16, 0x41))).toBe(false);
  });

  it('leaves no plaintext behind when the tag fails', async () => {
    const chunk = Buffer.concat(encryptChunk(key, 0, true, Buffer.alloc(3000, 0x42)));
    chunk[chunk.length - 1]! ^= 1;
    const slot = shared(chunk);
    await expect(pool.open({ key, counter: 0, last: true, bytes: slot })).rejects.toSatisfy((e) =>
      isCryptoError(e, 'tampered'),
    );
    expect(slot.includes(Buffer.alloc(16, 0x42))).toBe(false);
  });

  it('verifies without decrypting, and says when the file ends before the chunk', async () => {
    const chunk = Buffer.concat(encryptChunk(key, 3, false, patterned(2000, 4)));
    const slot = shared(chunk);
    await pool.verify({ counter: 3, bytes: slot, hash: sha256(chunk) });
    expect(slot.equals(chunk)).toBe(true);
    await expect(
      pool.verify({ counter: 3, bytes: slot, hash: sha256(Buffer.alloc(1)) }),
    ).rejects.toSatisfy((e) => isCryptoError(e, 'tampered'));

    const path = join(dir, 'short.bin');
    await writeFile(path, chunk.subarray(0, 100));
    const file = await open(path, 'r');
    try {
      const reading = pool.open({
        key,
        counter: 3,
        last: false,
        bytes: Buffer.from(new SharedArrayBuffer(chunk.length)),
        read: { fd: file.fd, position: 0 },
      });
      await expect(reading).rejects.toSatisfy((e) => isCryptoError(e, 'truncated'));
    } finally {
      await file.close();
    }
  });

  it('passes on an I/O error with its code', async () => {
    const path = join(dir, 'read-only.bin');
    await writeFile(path, 'x');
    const file = await open(path, 'r');
    try {
      const sealing = pool.seal({
        key,
        counter: 0,
        last: true,
        pieces: [shared(Buffer.from('data'))],
        hash: false,
        write: { fd: file.fd, position: 0 },
      });
      await expect(sealing).rejects.toMatchObject({ code: 'EBADF' });
    } finally {
      await file.close();
    }
  });

  it('takes only views on shared memory, which are never copied whole into a message', async () => {
    await expect(
      pool.open({ key, counter: 0, last: true, bytes: Buffer.alloc(32) }),
    ).rejects.toBeInstanceOf(TypeError);
  });

  it('decrypts what chunk-cipher encrypts, and the other way round', async () => {
    const plaintext = patterned(70_000, 6);
    const chunk = Buffer.concat(encryptChunk(key, 9, false, plaintext));
    const opened = await pool.open({ key, counter: 9, last: false, bytes: shared(chunk) });
    expect(Buffer.from(opened).equals(plaintext)).toBe(true);
    const path = join(dir, 'sealed.bin');
    const file = await open(path, 'w+');
    try {
      await pool.seal({
        key,
        counter: 9,
        last: false,
        pieces: [shared(plaintext)],
        hash: false,
        write: { fd: file.fd, position: 0 },
      });
    } finally {
      await file.close();
    }
    expect(decryptChunk(key, 9, false, await readFile(path)).equals(plaintext)).toBe(true);
  });
});

describe('the pool’s workers', () => {
  it('fails the jobs of a worker that dies, and goes on with a fresh one', async () => {
    // This worker exits in the middle of any job whose counter is 13.
    const source = CHUNK_WORKER_SOURCE.replace(
      "parentPort.on('message', (job) => {",
      "parentPort.on('message', (job) => {\n  if (job.counter === 13) process.exit(3);",
    );
    const fragile = new ChunkPool({ size: 1, source });
    try {
      const chunk = Buffer.concat(encryptChunk(key, 13, true, patterned(100, 1)));
      const dying = fragile.open({ key, counter: 13, last: true, bytes: shared(chunk) });
      await expect(dying).rejects.toThrow(/chunk worker stopped/);
      const good = Buffer.concat(encryptChunk(key, 4, true, patterned(100, 2)));
      const opened = await fragile.open({ key, counter: 4, last: true, bytes: shared(good) });
      expect(Buffer.from(opened).equals(patterned(100, 2))).toBe(true);
    } finally {
      await fragile.close();
    }
  });

  it('ends its workers when idle, and starts them again for the next job', async () => {
    const idle = new ChunkPool({ size: 2, idleMs: 10 });
    try {
      const chunk = Buffer.concat(encryptChunk(key, 0, true, patterned(10, 1)));
      await idle.open({ key, counter: 0, last: true, bytes: shared(chunk) });
      expect(idle.running).toBeGreaterThan(0);
      await vi.waitFor(() => expect(idle.running).toBe(0));
      const again = await idle.open({ key, counter: 0, last: true, bytes: shared(chunk) });
      expect(Buffer.from(again).equals(patterned(10, 1))).toBe(true);
    } finally {
      await idle.close();
    }
  });

  it('refuses work once closed, and fails the jobs it had not answered', async () => {
    const closing = new ChunkPool({ size: 1 });
    const chunk = shared(Buffer.concat(encryptChunk(key, 0, true, patterned(1 << 20, 1))));
    const pending = Array.from({ length: 6 }, () =>
      closing.open({ key, counter: 0, last: true, bytes: chunk }),
    );
    const settling = Promise.allSettled(pending);
    await closing.close();
    const settled = await settling;
    expect(settled.some((s) => s.status === 'rejected')).toBe(true);
    await expect(closing.open({ key, counter: 0, last: true, bytes: chunk })).rejects.toThrow(
      /closed/,
    );
    expect(closing.running).toBe(0);
  });
});
