/**
 * A material's plaintext, from a file path, bytes in memory or a stream, cut into the format's
 * fixed-size chunks with the final one flagged. Memory stays at two chunks whatever the size;
 * nothing is written anywhere but into the encryptor.
 */
import { open } from 'node:fs/promises';

/** A file path, bytes, or any stream of bytes (a Node Readable is one). */
export type MaterialSource = string | Uint8Array | AsyncIterable<Uint8Array>;

export interface PlaintextChunk {
  /** Valid only until the next chunk is requested: the buffer is then reused. */
  readonly bytes: Uint8Array;
  readonly last: boolean;
}

export function plaintextChunks(
  source: MaterialSource,
  chunkSize: number,
): AsyncGenerator<PlaintextChunk> {
  if (typeof source === 'string') return flagLast(fileChunks(source, chunkSize));
  if (source instanceof Uint8Array) return flagLast(sliceChunks(source, chunkSize));
  return flagLast(streamChunks(source, chunkSize));
}

/** Holds one chunk back so that the final one is known before it is handed on. */
async function* flagLast(chunks: AsyncGenerator<Uint8Array>): AsyncGenerator<PlaintextChunk> {
  let held: Uint8Array | undefined;
  for await (const chunk of chunks) {
    if (held !== undefined) yield { bytes: held, last: false };
    held = chunk;
  }
  yield { bytes: held ?? new Uint8Array(0), last: true };
}

async function* sliceChunks(bytes: Uint8Array, chunkSize: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
}

/** Two buffers in turn: one held back by flagLast, the other being filled. */
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
