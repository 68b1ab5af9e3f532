/** The constants of the `.qbcase` format, version 2 (docs/case-format.md is the spec). */

/** "QBCASE\r\n": the CR LF catches a transfer that rewrote line endings. */
export const CASE_MAGIC = Buffer.from('QBCASE\r\n', 'latin1');
/** "QBCEND\r\n": its absence at the end of the file means the file was cut short. */
export const CASE_END_MAGIC = Buffer.from('QBCEND\r\n', 'latin1');
export const CASE_FORMAT_VERSION = 2;

export const HEADER_LENGTH = 130;
export const TRAILER_LENGTH = 88;
/** The package id: random per package, the salt of every key derived from the case key. */
export const PACKAGE_ID_LENGTH = 16;
export const CASE_KEY_LENGTH = 32;
export const AGE_RECIPIENT_LENGTH = 62;

/** 1 MiB chunks: large enough for AES-GCM's full speed, small enough to keep memory flat. */
export const DEFAULT_CHUNK_SIZE_LOG2 = 20;
/** Tiny chunks are allowed so that test vectors can show several chunks in a few bytes. */
export const MIN_CHUNK_SIZE_LOG2 = 6;
/** A reader holds two chunks in memory at a time: 16 MiB chunks are the most it will accept. */
export const MAX_CHUNK_SIZE_LOG2 = 24;
export const GCM_TAG_LENGTH = 16;
/** Each chunk's SHA-256, listed after the entry's chunks and signed through the index. */
export const CHUNK_HASH_LENGTH = 32;

export const ENTRY_KIND_EMPTY_SLOT = 0;
export const ENTRY_KIND_MANIFEST = 1;
export const ENTRY_KIND_MATERIAL = 2;
export const ENTRY_KIND_FILLER = 3;
/** Entry ids: ASCII, so the index and the key derivation need no text encoding rules. */
export const ENTRY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const ENTRY_ID_MAX_LENGTH = 64;

/** kind, id length, id (64, zero-padded), offset, length, padded length, digest. */
export const INDEX_SLOT_LENGTH = 1 + 1 + ENTRY_ID_MAX_LENGTH + 8 + 8 + 8 + 32;
/** The index holds at least this many slots, and otherwise a power of two. */
export const MIN_INDEX_SLOTS = 64;

/** Read limits: a file asking for more is refused with 'limits-exceeded' before any work. */
export const MAX_RECIPIENTS_WRAP_BYTES = 1024 * 1024;
export const MAX_PASSPHRASE_WRAP_BYTES = 4096;
export const MAX_INDEX_BYTES = 64 * 1024 * 1024;
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
export const MAX_ENTRIES = 262_144;

/** Domain-separation labels of the key derivation (ASCII); signatures: crypto/signature-context. */
export const ENTRY_KEY_INFO = Buffer.from('QBCASE entry key v2\0', 'latin1');
export const INDEX_KEY_INFO = Buffer.from('QBCASE index key v2', 'latin1');

/** How many chunks an entry of `paddedLength` plaintext bytes has; an empty entry has one. */
export function chunkCount(paddedLength: number, chunkSize: number): number {
  return Math.max(1, Math.ceil(paddedLength / chunkSize));
}

/** Ciphertext length of an entry: every chunk gains a 16-byte tag. */
export function ciphertextLength(paddedLength: number, chunkSize: number): number {
  return paddedLength + chunkCount(paddedLength, chunkSize) * GCM_TAG_LENGTH;
}

/** The bytes an encrypted entry takes in the file: its chunks, then its chunk-hash list. */
export function entryExtent(paddedLength: number, chunkSize: number): number {
  return (
    ciphertextLength(paddedLength, chunkSize) +
    chunkCount(paddedLength, chunkSize) * CHUNK_HASH_LENGTH
  );
}

/** Slots of an index holding `entries` records: 64, or the next power of two above. */
export function indexSlotCount(entries: number): number {
  let slots = MIN_INDEX_SLOTS;
  while (slots < entries) slots *= 2;
  return slots;
}

/** Plaintext length of an index with `slots` slots: a 4-byte slot count, then the slots. */
export function indexPlaintextLength(slots: number): number {
  return 4 + slots * INDEX_SLOT_LENGTH;
}
