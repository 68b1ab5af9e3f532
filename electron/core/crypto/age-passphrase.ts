/** A small secret sealed under a passphrase as a standard age file (one scrypt stanza). */
import { Decrypter, Encrypter } from 'age-encryption';
import { CappedScryptIdentity, NodeScryptRecipient } from './age-scrypt';
import { AppError } from '../../../shared/errors';
import { isCryptoError } from './crypto-error';
import { assertWritableWorkFactor, DEFAULT_SCRYPT_LOG_N } from './scrypt-work-factor';

export async function encryptWithPassphrase(
  plaintext: Uint8Array,
  passphrase: string,
  logN: number = DEFAULT_SCRYPT_LOG_N,
): Promise<Uint8Array> {
  assertWritableWorkFactor(logN);
  if (passphrase.length === 0) throw new RangeError('the passphrase is empty');
  const encrypter = new Encrypter();
  encrypter.addRecipient(new NodeScryptRecipient(passphrase, logN));
  return encrypter.encrypt(plaintext);
}

/** Throws an AppError of the crypto family: wrong-passphrase, limits-exceeded (work factor), tampered. */
export async function decryptWithPassphrase(
  ageFile: Uint8Array,
  passphrase: string,
): Promise<Uint8Array> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(new CappedScryptIdentity(passphrase));
  try {
    return await decrypter.decrypt(ageFile);
  } catch (error) {
    if (isCryptoError(error)) throw error;
    throw new AppError('tampered', {}, `age: ${(error as Error).message}`);
  }
}
