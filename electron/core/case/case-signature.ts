/**
 * The office's Ed25519 signature. It covers everything but the entries' bytes (header, both
 * key wraps, the index location and the encrypted index); the entries are covered through the
 * digests of their chunk-hash lists in the index. So verifying costs the same whatever the
 * package's size, and every chunk can be checked before it is released.
 */
import type { KeyObject } from 'node:crypto';
import { signFor, verifyFor } from '../crypto/signature-context';
import { encodeIndexLocation } from './case-trailer';

export interface SignedParts {
  readonly header: Uint8Array;
  readonly recipientsWrap: Uint8Array;
  readonly passphraseWrap: Uint8Array;
  readonly indexOffset: number;
  readonly indexPlaintextLength: number;
  readonly indexCiphertext: Uint8Array;
}

function partsOf(parts: SignedParts): Uint8Array[] {
  return [
    parts.header,
    parts.recipientsWrap,
    parts.passphraseWrap,
    encodeIndexLocation(parts.indexOffset, parts.indexPlaintextLength),
    parts.indexCiphertext,
  ];
}

export function signCase(officeKey: KeyObject, parts: SignedParts): Uint8Array {
  return signFor('casePackage', officeKey, partsOf(parts));
}

export function verifyCaseSignature(
  officeSigningKey: Uint8Array,
  parts: SignedParts,
  signature: Uint8Array,
): boolean {
  return verifyFor('casePackage', officeSigningKey, partsOf(parts), signature);
}
