/** The constants of the `.qbcase` format, version 1 (docs/case-format.md is the spec). */

/** "QBCASE\r\n": the CR LF catches a transfer that rewrote line endings. */
export const CASE_MAGIC = Buffer.from('QBCASE\r\n', 'latin1');
/** "QBCEND\r\n": its absence at the end of the file means the file was cut short. */
export const CASE_END_MAGIC = Buffer.from('QBCEND\r\n', 'latin1');
export const CASE_FORMAT_VERSION = 1;

export const HEADER_LENGTH = 130;
export const TRAILER_LENGTH = 88;
export const CASE_ID_LENGTH = 16;
export const CASE_KEY_LENGTH = 32;
export const AGE_RECIPIENT_LENGTH = 62;

/** 1 MiB chunks: large enough for AES-GCM's full speed, small enough to keep memory flat. */
export const DEFAULT_CHUNK_SIZE_LOG2 = 20;
/** Tiny chunks are allowed so that test vectors can show several chunks in a few bytes. */
export const MIN_CHUNK_SIZE_LOG2 = 6;
/** A reader holds two chunks in memory at a time: 16 MiB chunks are the most it will accept. */
export const MAX_CHUNK_SIZE_LOG2 = 24;
export const GCM_TAG_LENGTH = 16;

export const ENTRY_KIND_MANIFEST = 1;
export const ENTRY_KIND_MATERIAL = 2;
/** Entry ids: ASCII, so the index and the key derivation need no text encoding rules. */
export const ENTRY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Read limits: a file asking for more is refused with 'limits-exceeded' before any work. */
export const MAX_RECIPIENTS_WRAP_BYTES = 1024 * 1024;
export const MAX_PASSPHRASE_WRAP_BYTES = 4096;
export const MAX_INDEX_BYTES = 64 * 1024 * 1024;
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
export const MAX_ENTRIES = 1_000_000;

/** Domain-separation labels (ASCII). */
export const SIGNATURE_CONTEXT = Buffer.from('QBCASE signature v1\0', 'latin1');
export const ENTRY_KEY_INFO = Buffer.from('QBCASE entry key v1\0', 'latin1');
export const INDEX_KEY_INFO = Buffer.from('QBCASE index key v1', 'latin1');

/** Ciphertext length of an entry: every chunk gains a 16-byte tag; an empty entry is one chunk. */
export function ciphertextLength(plaintextLength: number, chunkSize: number): number {
  const chunks = Math.max(1, Math.ceil(plaintextLength / chunkSize));
  return plaintextLength + chunks * GCM_TAG_LENGTH;
}
