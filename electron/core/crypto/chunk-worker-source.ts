/**
 * The code each chunk worker thread runs: AES-256-GCM and SHA-256 over one chunk held in shared
 * memory, exactly as chunk-cipher.ts does on the main thread (same nonce, same 32 KiB slices),
 * and, when asked, the positioned read or write of that chunk, so that the main thread only
 * hands out jobs. Protocol: chunk-jobs.ts.
 *
 * It is a string started with `new Worker(source, { eval: true })` rather than a file, so the
 * same worker runs from source (tsx, vitest) and from the Electron bundle with no extra build
 * entry, and imports nothing but `node:` modules (the one function it shares with the main
 * thread, unwritten-parts.ts, it takes as text).
 *
 * Every copy costs (memory bandwidth is shared with the crypto on the other cores), so a chunk
 * being sealed is never assembled in one buffer nor copied back:
 *
 * - seal: encrypts the chunk whose plaintext is the concatenation of `pieces` (read, never
 *   written: a piece may be shared, e.g. the zeros of padding), returns the SHA-256 of the
 *   ciphertext and its 16-byte tag when asked, and writes both straight from the cipher's
 *   output at `write.position` of `write.fd` (one writev).
 * - open: reads the chunk from `read.fd` at `read.position` when asked; when a hash is given,
 *   checks the SHA-256 of the whole chunk (ciphertext and tag) against it and stops there on a
 *   mismatch (SECURITY 27: nothing is decrypted that the signature does not cover); then,
 *   unless only verifying, decrypts in place. If the tag does not verify, the plaintext written
 *   so far is zeroed and the job fails: the caller reads the slot only after a success.
 *   (Transferring a fresh buffer per chunk to the main thread instead saves a copy, but there
 *   each transferred buffer counts as old external memory and the main thread ran a full
 *   garbage collection every few tens of megabytes.)
 */
import { unwrittenParts } from './unwritten-parts';

export const CHUNK_WORKER_SOURCE = String.raw`
'use strict';
const { parentPort } = require('node:worker_threads');
const { readSync, writevSync } = require('node:fs');
const { createCipheriv, createDecipheriv, createHash } = require('node:crypto');

const SLICE = 32 * 1024;
const TAG = 16;

function nonce(counter, last) {
  const bytes = Buffer.alloc(12);
  bytes.writeUIntBE(Math.floor(counter / 2 ** 32), 3, 4);
  bytes.writeUInt32BE(counter >>> 0, 7);
  bytes[11] = last ? 1 : 0;
  return bytes;
}

function viewOf(array, length) {
  return Buffer.from(array.buffer, array.byteOffset, length);
}

/** Fills the whole view from the file; false when the file ends first. */
function readFully(fd, view, position) {
  let filled = 0;
  while (filled < view.length) {
    const read = readSync(fd, view, filled, view.length - filled, position + filled);
    if (read === 0) return false;
    filled += read;
  }
  return true;
}

// The main thread's own function, by its text (unwritten-parts.ts says what that asks of it).
const unwrittenParts = ${unwrittenParts.toString()};

/** Writes every part at its position, however the kernel splits the writes. */
function writeFully(fd, parts, position) {
  let pending = parts.filter((part) => part.length > 0);
  let at = position;
  while (pending.length > 0) {
    const written = writevSync(fd, pending, at);
    at += written;
    pending = unwrittenParts(pending, written);
  }
}

function seal(job) {
  const cipher = createCipheriv('aes-256-gcm', job.key, nonce(job.counter, job.last));
  const hash = job.hash ? createHash('sha256') : undefined;
  const parts = [];
  const put = (part) => {
    parts.push(part);
    if (hash !== undefined) hash.update(part);
  };
  for (const piece of job.pieces) {
    const plaintext = viewOf(piece, piece.byteLength);
    for (let at = 0; at < plaintext.length; at += SLICE) {
      put(cipher.update(plaintext.subarray(at, Math.min(at + SLICE, plaintext.length))));
    }
  }
  put(cipher.final());
  put(cipher.getAuthTag());
  // Straight from the cipher's output to the file: the ciphertext is never copied.
  writeFully(job.write.fd, parts, job.write.position);
  return { hash: hash === undefined ? undefined : hash.digest() };
}

function open(job) {
  const chunk = viewOf(job.bytes, job.bytes.byteLength);
  if (job.read !== undefined && !readFully(job.read.fd, chunk, job.read.position)) {
    return { failure: 'truncated' };
  }
  if (job.hash !== undefined) {
    const actual = createHash('sha256').update(chunk).digest();
    if (!actual.equals(Buffer.from(job.hash))) return { failure: 'hash' };
  }
  if (!job.decrypt) return {};
  if (chunk.length < TAG) return { failure: 'tag' };
  const bodyLength = chunk.length - TAG;
  const decipher = createDecipheriv('aes-256-gcm', job.key, nonce(job.counter, job.last));
  decipher.setAuthTag(chunk.subarray(bodyLength));
  // In place: each slice's plaintext goes where its ciphertext was, once it has been read.
  let filled = 0;
  for (let at = 0; at < bodyLength; at += SLICE) {
    filled += decipher.update(chunk.subarray(at, Math.min(at + SLICE, bodyLength))).copy(chunk, filled);
  }
  try {
    filled += decipher.final().copy(chunk, filled);
  } catch {
    chunk.fill(0, 0, bodyLength);
    return { failure: 'tag' };
  }
  if (filled !== bodyLength) throw new Error('the decipher returned an unexpected length');
  return { length: bodyLength };
}

parentPort.on('message', (job) => {
  let reply;
  try {
    reply = job.op === 'seal' ? seal(job) : open(job);
  } catch (error) {
    reply = {
      failure: 'error',
      message: error instanceof Error ? error.message : String(error),
      code: error && typeof error.code === 'string' ? error.code : undefined,
    };
  }
  reply.id = job.id;
  parentPort.postMessage(reply);
});
`;
