/**
 * The frames' nonces: 12 random bytes each (docs/journal-format.md, "Choices"), drawn from the
 * system's generator a batch at a time. Each nonce is handed out once and never again, whether
 * its frame reached the disk or not (a torn frame is written again under a fresh one). One draw
 * per save cost more than the rest of the frame's sealing after the thread had slept through the
 * previous fsync: a batch keeps the generator off the path of most saves. Nonces are not secret,
 * so holding the next few in memory gives nothing away.
 */
import { NONCE_BYTES } from './journal-format';

/** How many nonces one draw makes. */
export const NONCES_PER_DRAW = 64;

/** A function that returns a fresh 12-byte nonce each call. */
export function nonceSource(randomBytes: (size: number) => Buffer): () => Buffer {
  let batch: Buffer = Buffer.alloc(0);
  let next = 0;
  return () => {
    if (next + NONCE_BYTES > batch.length) {
      batch = randomBytes(NONCE_BYTES * NONCES_PER_DRAW);
      if (batch.length !== NONCE_BYTES * NONCES_PER_DRAW) throw new RangeError('short random draw');
      next = 0;
    }
    const nonce = batch.subarray(next, next + NONCE_BYTES);
    next += NONCE_BYTES;
    return nonce;
  };
}
