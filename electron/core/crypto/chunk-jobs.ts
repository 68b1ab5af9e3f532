/** The messages between the main thread and a chunk worker (chunk-worker-source.ts). */

/** A positioned read or write the worker makes itself, on a descriptor the caller keeps open. */
export interface FileRange {
  readonly fd: number;
  readonly position: number;
}

interface JobBase {
  readonly id: number;
  readonly key: Uint8Array;
  readonly counter: number;
  readonly last: boolean;
}

/**
 * Encrypt the chunk whose plaintext is `pieces` one after the other, and write ciphertext and
 * tag to `write`.
 */
export interface SealJob extends JobBase {
  readonly op: 'seal';
  /** Views on SharedArrayBuffers: read by the worker without a copy, never written. */
  readonly pieces: readonly Uint8Array[];
  /** Whether to return the SHA-256 of the ciphertext and tag. */
  readonly hash: boolean;
  readonly write: FileRange;
}

/**
 * Read the chunk (ciphertext ‖ tag) into `bytes` from `read` if given, check it against `hash`
 * if given, then decrypt it in place if asked.
 */
export interface OpenJob extends JobBase {
  readonly op: 'open';
  /** A view on a SharedArrayBuffer: the worker reads and writes it without a copy. */
  readonly bytes: Uint8Array;
  readonly read: FileRange | undefined;
  readonly hash: Uint8Array | undefined;
  readonly decrypt: boolean;
}

export type ChunkJob = SealJob | OpenJob;

export interface ChunkReply {
  readonly id: number;
  /** seal, when asked: the SHA-256 of the ciphertext and tag. */
  readonly hash?: Uint8Array;
  /** open, when decrypting: the plaintext's length, now at the start of the job's bytes. */
  readonly length?: number;
  /**
   * hash: not the listed hash; tag: GCM authentication failed; truncated: the file ended
   * before the chunk did; error: anything else (an I/O error's code in `code`).
   */
  readonly failure?: 'hash' | 'tag' | 'truncated' | 'error';
  readonly message?: string;
  readonly code?: string;
}
