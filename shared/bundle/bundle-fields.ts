/** The small field schemas the bundle's records share: ids, hashes, keys, fingerprints. */
import { z } from 'zod';

/** An id of the case's records (application, material, expert, round), as the manifest has it. */
export const BUNDLE_ID_MAX_CHARS = 64;
export const BundleIdText = z.string().min(1).max(BUNDLE_ID_MAX_CHARS);
/**
 * A round's id as the office gives it (shared/domain/panel-id.ts: letters, digits, _ and -, 1–32):
 * it becomes part of a file name in a bundle history, so nothing else is accepted.
 */
export const ROUND_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
export const RoundIdText = z.string().regex(ROUND_ID_PATTERN);
/** 32 lower-case hex digits: the case id and the bundle id (16 random bytes). */
export const HEX128_PATTERN = /^[0-9a-f]{32}$/;
export const Hex128 = z.string().regex(HEX128_PATTERN);
/** 64 lower-case hex digits: a SHA-256 or a 32-byte salt. */
export const HEX256_PATTERN = /^[0-9a-f]{64}$/;
export const Hex256 = z.string().regex(HEX256_PATTERN);
/** Ed25519 public key, 32 bytes in canonical base64 (as on an identity card). */
export const SigningPublicKeyText = z.string().regex(/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/);
/** Ed25519 signature, 64 bytes in canonical base64. */
export const SIGNATURE_PATTERN = /^[A-Za-z0-9+/]{85}[AQgw]==$/;
export const SignatureText = z.string().regex(SIGNATURE_PATTERN);
/** An age X25519 recipient ("age1" and Bech32). */
export const AgeRecipientText = z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/);
/** A person's fingerprint in its canonical form "XXXX-XXXX-XXXX-XXXX". */
export const FINGERPRINT_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
export const FingerprintText = z.string().regex(FINGERPRINT_PATTERN);

/** Whose keys: what a bundle, a roster statement and an undertaking name a person by. */
export const PersonKeysSchema = z.strictObject({
  fingerprint: FingerprintText,
  signingPublicKey: SigningPublicKeyText,
  ageRecipient: AgeRecipientText,
});
export type PersonKeys = z.infer<typeof PersonKeysSchema>;
