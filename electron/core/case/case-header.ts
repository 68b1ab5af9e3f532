/**
 * The fixed 130-byte header: what anyone may read without a key (format, chunk size, package
 * id, the office's public keys, the lengths of the two key wraps that follow it).
 */
import { AppError } from '../../../shared/errors';
import {
  AGE_RECIPIENT_LENGTH,
  CASE_FORMAT_VERSION,
  PACKAGE_ID_LENGTH,
  CASE_MAGIC,
  HEADER_LENGTH,
  MAX_CHUNK_SIZE_LOG2,
  MAX_PASSPHRASE_WRAP_BYTES,
  MAX_RECIPIENTS_WRAP_BYTES,
  MIN_CHUNK_SIZE_LOG2,
} from './case-format';

export interface CaseHeader {
  readonly chunkSizeLog2: number;
  /** Random per package; the salt of the key derivation. Not the case's stable id (manifest). */
  readonly packageId: Uint8Array;
  readonly officeSigningKey: Uint8Array;
  /** The office's age recipient ("age1…"), for bundles sent back to the office. */
  readonly officeAgeRecipient: string;
  readonly recipientsWrapLength: number;
  readonly passphraseWrapLength: number;
}

export function encodeCaseHeader(header: CaseHeader): Buffer {
  const out = Buffer.alloc(HEADER_LENGTH);
  CASE_MAGIC.copy(out, 0);
  out.writeUInt16BE(CASE_FORMAT_VERSION, 8);
  out.writeUInt8(header.chunkSizeLog2, 10);
  out.writeUInt8(0, 11);
  out.set(header.packageId, 12);
  out.set(header.officeSigningKey, 28);
  out.write(header.officeAgeRecipient, 60, AGE_RECIPIENT_LENGTH, 'latin1');
  out.writeUInt32BE(header.recipientsWrapLength, 122);
  out.writeUInt32BE(header.passphraseWrapLength, 126);
  return out;
}

/**
 * Checks the magic and version of a file's first bytes (fewer than the header is fine): the
 * errors a reader must give before it trusts any other field.
 */
export function checkMagicAndVersion(prefix: Uint8Array, fileSize: number): void {
  const magicBytes = Math.min(prefix.length, CASE_MAGIC.length);
  if (
    fileSize === 0 ||
    !CASE_MAGIC.subarray(0, magicBytes).equals(prefix.subarray(0, magicBytes))
  ) {
    throw new AppError('not-a-case');
  }
  if (prefix.length < 10) throw new AppError('truncated', {}, 'shorter than the header');
  const version = Buffer.from(prefix).readUInt16BE(8);
  if (version !== CASE_FORMAT_VERSION) {
    throw new AppError('unsupported-version', {}, `case format version ${version}`);
  }
}

export function decodeCaseHeader(bytes: Uint8Array): CaseHeader {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  checkMagicAndVersion(view, view.length);
  if (view.length < HEADER_LENGTH) throw new AppError('truncated', {}, 'shorter than the header');
  const chunkSizeLog2 = view.readUInt8(10);
  if (chunkSizeLog2 > MAX_CHUNK_SIZE_LOG2) {
    throw new AppError('limits-exceeded', {}, `chunk size 2^${chunkSizeLog2}`);
  }
  if (chunkSizeLog2 < MIN_CHUNK_SIZE_LOG2) {
    throw new AppError('tampered', {}, `chunk size 2^${chunkSizeLog2}`);
  }
  if (view.readUInt8(11) !== 0) throw new AppError('tampered', {}, 'reserved header byte is set');
  const officeAgeRecipient = view.toString('latin1', 60, 60 + AGE_RECIPIENT_LENGTH);
  if (!/^age1[02-9ac-hj-np-z]{58}$/.test(officeAgeRecipient)) {
    throw new AppError('tampered', {}, 'office age recipient is malformed');
  }
  const recipientsWrapLength = view.readUInt32BE(122);
  const passphraseWrapLength = view.readUInt32BE(126);
  if (recipientsWrapLength > MAX_RECIPIENTS_WRAP_BYTES) {
    throw new AppError('limits-exceeded', {}, 'recipients wrap larger than 1 MiB');
  }
  if (passphraseWrapLength > MAX_PASSPHRASE_WRAP_BYTES) {
    throw new AppError('limits-exceeded', {}, 'passphrase wrap larger than 4 KiB');
  }
  if (recipientsWrapLength === 0 && passphraseWrapLength === 0) {
    throw new AppError('tampered', {}, 'no key wrap');
  }
  return {
    chunkSizeLog2,
    packageId: new Uint8Array(view.subarray(12, 12 + PACKAGE_ID_LENGTH)),
    officeSigningKey: new Uint8Array(view.subarray(28, 60)),
    officeAgeRecipient,
    recipientsWrapLength,
    passphraseWrapLength,
  };
}
