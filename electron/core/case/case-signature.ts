/**
 * The office's Ed25519 signature. It covers everything but the entries' bytes (header, both
 * key wraps, the index location and the encrypted index); the entries are covered through
 * their SHA-256 in the index. So verifying costs the same whatever the package's size.
 */
import type { KeyObject } from 'node:crypto';
import { signMessage, verifyMessage } from '../crypto/ed25519-keys';
import { SIGNATURE_CONTEXT } from './case-format';
import { encodeIndexLocation } from './case-trailer';

export interface SignedParts {
  readonly header: Uint8Array;
  readonly recipientsWrap: Uint8Array;
  readonly passphraseWrap: Uint8Array;
  readonly indexOffset: number;
  readonly indexPlaintextLength: number;
  readonly indexCiphertext: Uint8Array;
}

/** The exact bytes that are signed (see docs/case-format.md, "Signature"). */
export function signatureMessage(parts: SignedParts): Buffer {
  return Buffer.concat([
    SIGNATURE_CONTEXT,
    parts.header,
    parts.recipientsWrap,
    parts.passphraseWrap,
    encodeIndexLocation(parts.indexOffset, parts.indexPlaintextLength),
    parts.indexCiphertext,
  ]);
}

export function signCase(officeKey: KeyObject, parts: SignedParts): Uint8Array {
  return signMessage(officeKey, signatureMessage(parts));
}

export function verifyCaseSignature(
  officeSigningKey: Uint8Array,
  parts: SignedParts,
  signature: Uint8Array,
): boolean {
  return verifyMessage(officeSigningKey, signatureMessage(parts), signature);
}
