/** The fixed 88-byte trailer: where the index is, the office's signature, the end magic. */
import { AppError } from '../../../shared/errors';
import { ED25519_SIGNATURE_LENGTH } from '../crypto/ed25519-keys';
import { CASE_END_MAGIC, TRAILER_LENGTH } from './case-format';

export interface CaseTrailer {
  readonly indexOffset: number;
  readonly indexPlaintextLength: number;
  readonly signature: Uint8Array;
}

/** The trailer's signed fields (the signature cannot sign itself). */
export function encodeIndexLocation(indexOffset: number, indexPlaintextLength: number): Buffer {
  const out = Buffer.alloc(16);
  out.writeBigUInt64BE(BigInt(indexOffset), 0);
  out.writeBigUInt64BE(BigInt(indexPlaintextLength), 8);
  return out;
}

export function encodeCaseTrailer(trailer: CaseTrailer): Buffer {
  return Buffer.concat([
    encodeIndexLocation(trailer.indexOffset, trailer.indexPlaintextLength),
    trailer.signature,
    CASE_END_MAGIC,
  ]);
}

export function decodeCaseTrailer(bytes: Uint8Array): CaseTrailer {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (view.length !== TRAILER_LENGTH || !view.subarray(80).equals(CASE_END_MAGIC)) {
    throw new AppError('truncated', {}, 'the end marker is missing');
  }
  const indexOffset = view.readBigUInt64BE(0);
  const indexPlaintextLength = view.readBigUInt64BE(8);
  if (
    indexOffset > BigInt(Number.MAX_SAFE_INTEGER) ||
    indexPlaintextLength > BigInt(Number.MAX_SAFE_INTEGER)
  ) {
    throw new AppError('tampered', {}, 'index location out of range');
  }
  return {
    indexOffset: Number(indexOffset),
    indexPlaintextLength: Number(indexPlaintextLength),
    signature: new Uint8Array(view.subarray(16, 16 + ED25519_SIGNATURE_LENGTH)),
  };
}
