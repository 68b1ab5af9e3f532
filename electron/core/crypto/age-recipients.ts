/**
 * A small secret sealed for age X25519 recipients (`age1…`) as one standard age file, and opened
 * with an identity (`AGE-SECRET-KEY-1…`): the whole file with node:crypto (age-native.ts), the
 * bytes age's own (files open with age-encryption and Debian's age, and theirs here; tests).
 */
import { AppError } from '../../../shared/errors';
import { InvalidAgeHeader } from './age-file';
import { AgeNotForIdentity, InvalidAgeMac, openAgeFile, sealAgeFile } from './age-native';
import { InvalidAgePayload } from './age-stream';
import { identityKeyBytes, recipientKeyBytes } from './age-bech32';
import { InvalidX25519Stanza, NativeX25519Identity } from './x25519-stanza';

const RECIPIENT_PATTERN = /^age1[02-9ac-hj-np-z]{58}$/;
const IDENTITY_PATTERN = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

/** A native X25519 age recipient with a valid bech32 checksum. */
export function isAgeRecipient(text: string): boolean {
  return RECIPIENT_PATTERN.test(text) && recipientKeyBytes(text) !== null;
}

/** A native X25519 age identity (`AGE-SECRET-KEY-1…`) with a valid bech32 checksum. */
export function isAgeIdentity(text: string): boolean {
  if (!IDENTITY_PATTERN.test(text)) return false;
  const key = identityKeyBytes(text);
  // The key decoded to check the checksum is wiped at once.
  key?.fill(0);
  return key !== null;
}

/** The 32-byte X25519 key of an `age1…` recipient; a RangeError for anything else. */
export function ageRecipientKey(recipient: string): Uint8Array {
  const key = RECIPIENT_PATTERN.test(recipient) ? recipientKeyBytes(recipient) : null;
  if (key === null) throw new RangeError(`not an age X25519 recipient: ${recipient}`);
  return key;
}

/**
 * The identity ready to open files (its private key imported once): for a reader opening many
 * files, e.g. every section of a merge. Its key lives as long as the object; keep it no longer
 * than the work that needs it.
 */
export function ageIdentityOpener(ageIdentity: string): NativeX25519Identity {
  const scalar = IDENTITY_PATTERN.test(ageIdentity) ? identityKeyBytes(ageIdentity) : null;
  if (scalar === null) throw new RangeError('not an age X25519 identity');
  try {
    return new NativeX25519Identity(scalar);
  } finally {
    scalar.fill(0);
  }
}

export async function encryptToRecipients(
  plaintext: Uint8Array,
  recipients: readonly string[],
): Promise<Uint8Array> {
  if (recipients.length === 0) throw new RangeError('no recipients');
  return sealAgeFile(plaintext, recipients.map(ageRecipientKey));
}

/**
 * What opening an age file threw, as the app reports it: not-a-recipient when no stanza is for
 * the identity, tampered when the file is damaged (crypto family); anything else unchanged.
 */
export function ageFailure(error: unknown): unknown {
  if (error instanceof AgeNotForIdentity) return new AppError('not-a-recipient');
  if (
    error instanceof InvalidAgeHeader ||
    error instanceof InvalidX25519Stanza ||
    error instanceof InvalidAgeMac ||
    error instanceof InvalidAgePayload
  ) {
    return new AppError('tampered', {}, `age: ${error.message}`);
  }
  return error;
}

/** Throws an AppError of the crypto family: not-a-recipient when no stanza is for this identity, else tampered. */
export function decryptWithOpener(ageFile: Uint8Array, opener: NativeX25519Identity): Uint8Array {
  try {
    return openAgeFile(ageFile, opener);
  } catch (error) {
    throw ageFailure(error);
  }
}

/** Throws an AppError of the crypto family: not-a-recipient when no stanza is for this identity, else tampered. */
export async function decryptWithIdentity(
  ageFile: Uint8Array,
  ageIdentity: string,
): Promise<Uint8Array> {
  return decryptWithOpener(ageFile, ageIdentityOpener(ageIdentity));
}
