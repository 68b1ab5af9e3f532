/**
 * A material's plaintext, from a file path, bytes in memory or a stream, cut into the format's
 * fixed-size chunks (the last one shorter). Memory stays at two chunks whatever the size;
 * nothing is written anywhere but into the encryptor.
 */
import { open } from 'node:fs/promises';

/** A file path, bytes, or any stream of bytes (a Node Readable is one). */
export type MaterialSource = string | Uint8Array | AsyncIterable<Uint8Array>;

/**
 * Chunks of exactly `chunkSize` bytes, the last one shorter (none for an empty source). A chunk
 * is valid until the one after the next is requested: two buffers are used in turn, so a
 * consumer may hold one chunk back while the next is read.
 */
export function plaintextChunks(
  source: MaterialSource,
  chunkSize: number,
): AsyncGenerator<Uint8Array> {
  if (typeof source === 'string') return fileChunks(source, chunkSize);
  if (source instanceof Uint8Array) return sliceChunks(source, chunkSize);
  return streamChunks(source, chunkSize);
}

async function* sliceChunks(bytes: Uint8Array, chunkSize: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
}

/** Two buffers in turn: one held back by the entry writer, the other being filled. */
function bufferPair(chunkSize: number): () => Buffer {
  const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)] as const;
  let turn = 0;
  return () => {
    turn ^= 1;
    return turn === 1 ? buffers[1] : buffers[0];
  };
}

async function* fileChunks(path: string, chunkSize: number): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  const nextBuffer = bufferPair(chunkSize);
  try {
    for (;;) {
      const buffer = nextBuffer();
      let filled = 0;
      while (filled < chunkSize) {
        const { bytesRead } = await handle.read(buffer, filled, chunkSize - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled > 0) yield buffer.subarray(0, filled);
      if (filled < chunkSize) return;
    }
  } finally {
    await handle.close();
  }
}

async function* streamChunks(
  stream: AsyncIterable<Uint8Array | string>,
  chunkSize: number,
): AsyncGenerator<Uint8Array> {
  const nextBuffer = bufferPair(chunkSize);
  let buffer = nextBuffer();
  let filled = 0;
  for await (const piece of stream) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    let at = 0;
    while (at < bytes.length) {
      const take = Math.min(chunkSize - filled, bytes.length - at);
      buffer.set(bytes.subarray(at, at + take), filled);
      filled += take;
      at += take;
      if (filled === chunkSize) {
        yield buffer;
        buffer = nextBuffer();
        filled = 0;
      }
    }
  }
  if (filled > 0) yield buffer.subarray(0, filled);
}
