/**
 * A person's fingerprint: short enough to read aloud over the phone and compare.
 *
 * SHA-256 over `"QBREVIEW fingerprint v1" 0x00 ‖ Ed25519 public key (32 bytes) ‖ age recipient
 * (the 62 ASCII bytes of its lower-case "age1…" text)`; the first 80 bits of the digest in
 * Crockford base32, 16 symbols in 4 groups of 4: "7KQ2-M9TX-PA4R-3HVN".
 */
import { createHash } from 'node:crypto';
import { groupFingerprint } from '../../../shared/security/fingerprint-text';
import { encodeCrockfordBase32 } from '../crypto/crockford-base32';

export { normaliseFingerprint } from '../../../shared/security/fingerprint-text';

const DOMAIN = Buffer.from('QBREVIEW fingerprint v1\0', 'latin1');
const FINGERPRINT_BYTES = 10;

/** The two public keys that a fingerprint names. */
export interface PublicKeys {
  readonly signingPublicKey: Uint8Array;
  readonly ageRecipient: string;
}

export function fingerprintOf(keys: PublicKeys): string {
  if (keys.signingPublicKey.length !== 32) throw new RangeError('Ed25519 key must be 32 bytes');
  const digest = createHash('sha256')
    .update(DOMAIN)
    .update(keys.signingPublicKey)
    .update(Buffer.from(keys.ageRecipient, 'latin1'))
    .digest();
  return groupFingerprint(encodeCrockfordBase32(digest.subarray(0, FINGERPRINT_BYTES)));
}
