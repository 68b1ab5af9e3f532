/**
 * Ed25519 keys as raw 32-byte values (what the formats store) and as node:crypto KeyObjects
 * (what signing uses). The fixed DER prefixes are those of RFC 8410.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export const ED25519_KEY_LENGTH = 32;
export const ED25519_SIGNATURE_LENGTH = 64;

export function generateSigningKey(): KeyObject {
  return generateKeyPairSync('ed25519').privateKey;
}

/** The private key from its 32-byte seed (RFC 8032 "private key"). */
export function signingKeyFromSeed(seed: Uint8Array): KeyObject {
  if (seed.length !== ED25519_KEY_LENGTH) throw new RangeError('Ed25519 seed must be 32 bytes');
  return createPrivateKey({
    key: Buffer.concat([PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
}

export function signingSeedOf(privateKey: KeyObject): Uint8Array {
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  return new Uint8Array(der.subarray(PKCS8_PREFIX.length));
}

/** The raw 32-byte public key of a private or public Ed25519 KeyObject. */
export function rawPublicKeyOf(key: KeyObject): Uint8Array {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return new Uint8Array(der.subarray(SPKI_PREFIX.length));
}

/**
 * As JWK rather than DER: OpenSSL 3's DER decoder costs about 75 µs a key here, a JWK import
 * (the raw bytes handed to EVP_PKEY_new_raw_public_key) a few; a merge verifies hundreds.
 */
export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.length !== ED25519_KEY_LENGTH) throw new RangeError('Ed25519 key must be 32 bytes');
  const x = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

export function signMessage(privateKey: KeyObject, message: Uint8Array): Uint8Array {
  return new Uint8Array(sign(null, message, privateKey));
}

/**
 * False for any failure, including a public key that is not a valid point. The key as raw bytes
 * or as a KeyObject already made (PublicKeyRing), the same check either way.
 */
export function verifyMessage(
  publicKey: Uint8Array | KeyObject,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  if (signature.length !== ED25519_SIGNATURE_LENGTH) return false;
  try {
    const key = publicKey instanceof Uint8Array ? publicKeyFromRaw(publicKey) : publicKey;
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

/**
 * The public KeyObjects of one verification (a group bundle and its members: the office's key
 * signs every roster statement in it), each made once from its base64 text. Held by the caller
 * for that verification only, so nothing outlives it. A key that is not 32 bytes or not a point
 * is null: every signature under it fails, as verifyMessage's would.
 */
export class PublicKeyRing {
  private readonly keys = new Map<string, KeyObject | null>();

  keyOf(base64: string): KeyObject | null {
    let key = this.keys.get(base64);
    if (key === undefined) {
      try {
        key = publicKeyFromRaw(Buffer.from(base64, 'base64'));
      } catch {
        key = null;
      }
      this.keys.set(base64, key);
    }
    return key;
  }
}
