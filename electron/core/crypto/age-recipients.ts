/** A small secret sealed for age X25519 recipients (`age1…`) as one standard age file. */
import { Decrypter, Encrypter } from 'age-encryption';
import { AppError } from '../../../shared/errors';

const RECIPIENT_PATTERN = /^age1[02-9ac-hj-np-z]{58}$/;
const IDENTITY_PATTERN = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

/** Whether `text` has the key's form and age-encryption takes it (so its checksum is valid). */
function acceptedKey(pattern: RegExp, text: string, take: (text: string) => void): boolean {
  if (!pattern.test(text)) return false;
  try {
    take(text);
    return true;
  } catch {
    return false;
  }
}

/** A native X25519 age recipient with a valid bech32 checksum. */
export function isAgeRecipient(text: string): boolean {
  return acceptedKey(RECIPIENT_PATTERN, text, (key) => new Encrypter().addRecipient(key));
}

/** A native X25519 age identity (`AGE-SECRET-KEY-1…`) with a valid bech32 checksum. */
export function isAgeIdentity(text: string): boolean {
  return acceptedKey(IDENTITY_PATTERN, text, (key) => new Decrypter().addIdentity(key));
}

export async function encryptToRecipients(
  plaintext: Uint8Array,
  recipients: readonly string[],
): Promise<Uint8Array> {
  if (recipients.length === 0) throw new RangeError('no recipients');
  const encrypter = new Encrypter();
  for (const recipient of recipients) {
    if (!isAgeRecipient(recipient))
      throw new RangeError(`not an age X25519 recipient: ${recipient}`);
    encrypter.addRecipient(recipient);
  }
  return encrypter.encrypt(plaintext);
}

/** Throws an AppError of the crypto family: not-a-recipient when no stanza is for this identity, else tampered. */
export async function decryptWithIdentity(
  ageFile: Uint8Array,
  ageIdentity: string,
): Promise<Uint8Array> {
  if (!isAgeIdentity(ageIdentity)) throw new RangeError('not an age X25519 identity');
  const decrypter = new Decrypter();
  decrypter.addIdentity(ageIdentity);
  try {
    return await decrypter.decrypt(ageFile);
  } catch (error) {
    const message = (error as Error).message;
    // age-encryption 0.3 names this case only in its message; a test pins the wording.
    if (message.includes('no identity matched')) throw new AppError('not-a-recipient');
    throw new AppError('tampered', {}, `age: ${message}`);
  }
}
