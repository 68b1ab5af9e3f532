/** Whole entries held in memory (the index, small test vectors), cut into the format's chunks. */
import { AppError } from '../../../shared/errors';
import { GCM_TAG_LENGTH, ciphertextLength } from './case-format';
import { decryptChunk, encryptChunk } from './chunk-cipher';

/** Where chunk `i` of an entry sits, relative to the entry's first ciphertext byte. */
export interface ChunkSpan {
  readonly counter: number;
  readonly last: boolean;
  readonly ciphertextOffset: number;
  readonly ciphertextLength: number;
}

export function* chunkSpans(plaintextLength: number, chunkSize: number): Generator<ChunkSpan> {
  const count = Math.max(1, Math.ceil(plaintextLength / chunkSize));
  for (let counter = 0; counter < count; counter++) {
    const plain = Math.min(chunkSize, plaintextLength - counter * chunkSize);
    yield {
      counter,
      last: counter === count - 1,
      ciphertextOffset: counter * (chunkSize + GCM_TAG_LENGTH),
      ciphertextLength: plain + GCM_TAG_LENGTH,
    };
  }
}

export function encryptEntryBytes(
  key: Uint8Array,
  plaintext: Uint8Array,
  chunkSize: number,
): Buffer {
  const parts: Buffer[] = [];
  for (const span of chunkSpans(plaintext.length, chunkSize)) {
    const start = span.counter * chunkSize;
    parts.push(
      ...encryptChunk(key, span.counter, span.last, plaintext.subarray(start, start + chunkSize)),
    );
  }
  return Buffer.concat(parts);
}

export function decryptEntryBytes(
  key: Uint8Array,
  ciphertext: Uint8Array,
  plaintextLength: number,
  chunkSize: number,
): Buffer {
  if (ciphertext.length !== ciphertextLength(plaintextLength, chunkSize)) {
    throw new AppError('tampered', {}, 'entry length');
  }
  const parts: Buffer[] = [];
  for (const span of chunkSpans(plaintextLength, chunkSize)) {
    const chunk = ciphertext.subarray(
      span.ciphertextOffset,
      span.ciphertextOffset + span.ciphertextLength,
    );
    parts.push(decryptChunk(key, span.counter, span.last, chunk));
  }
  return Buffer.concat(parts);
}
