/**
 * A small secret sealed for age X25519 recipients (`age1…`) as one standard age file. The X25519
 * stanzas are computed natively (x25519-stanza.ts); age-encryption does the rest of the format.
 */
import { Decrypter, Encrypter } from 'age-encryption';
import { AppError } from '../../../shared/errors';
import { identityKeyBytes, recipientKeyBytes } from './age-bech32';
import { NativeX25519Identity, NativeX25519Recipient } from './x25519-stanza';

const RECIPIENT_PATTERN = /^age1[02-9ac-hj-np-z]{58}$/;
const IDENTITY_PATTERN = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

/** A native X25519 age recipient with a valid bech32 checksum. */
export function isAgeRecipient(text: string): boolean {
  return RECIPIENT_PATTERN.test(text) && recipientKeyBytes(text) !== null;
}

/** A native X25519 age identity (`AGE-SECRET-KEY-1…`) with a valid bech32 checksum. */
export function isAgeIdentity(text: string): boolean {
  return IDENTITY_PATTERN.test(text) && identityKeyBytes(text) !== null;
}

export async function encryptToRecipients(
  plaintext: Uint8Array,
  recipients: readonly string[],
): Promise<Uint8Array> {
  if (recipients.length === 0) throw new RangeError('no recipients');
  const encrypter = new Encrypter();
  for (const recipient of recipients) {
    const key = RECIPIENT_PATTERN.test(recipient) ? recipientKeyBytes(recipient) : null;
    if (key === null) throw new RangeError(`not an age X25519 recipient: ${recipient}`);
    encrypter.addRecipient(new NativeX25519Recipient(key));
  }
  return encrypter.encrypt(plaintext);
}

/** Throws an AppError of the crypto family: not-a-recipient when no stanza is for this identity, else tampered. */
export async function decryptWithIdentity(
  ageFile: Uint8Array,
  ageIdentity: string,
): Promise<Uint8Array> {
  const scalar = IDENTITY_PATTERN.test(ageIdentity) ? identityKeyBytes(ageIdentity) : null;
  if (scalar === null) throw new RangeError('not an age X25519 identity');
  const decrypter = new Decrypter();
  decrypter.addIdentity(new NativeX25519Identity(scalar));
  scalar.fill(0);
  try {
    return await decrypter.decrypt(ageFile);
  } catch (error) {
    const message = (error as Error).message;
    // age-encryption 0.3 names this case only in its message; a test pins the wording.
    if (message.includes('no identity matched')) throw new AppError('not-a-recipient');
    throw new AppError('tampered', {}, `age: ${message}`);
  }
}
