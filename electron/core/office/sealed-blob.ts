/**
 * One small encrypted file of the office workspace: AES-256-GCM under a key derived for its
 * purpose, bound by associated data to the workspace and to its own name, so that a file moved,
 * swapped or edited is refused rather than read.
 *
 * Layout: "QBSB" | version (1) | nonce (12) | ciphertext | tag (16).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CryptoError } from '../crypto/crypto-error';

const MAGIC = Buffer.from('QBSB', 'latin1');
const VERSION = 1;
const NONCE_LENGTH = 12;
const TAG_LENGTH = 16;
const HEADER_LENGTH = MAGIC.length + 1 + NONCE_LENGTH;

export function sealBlob(key: Uint8Array, associatedData: string, plaintext: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([MAGIC, Buffer.of(VERSION), nonce, body, cipher.getAuthTag()]);
}

export function openBlob(key: Uint8Array, associatedData: string, sealed: Uint8Array): Buffer {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (bytes.length < HEADER_LENGTH + TAG_LENGTH) throw new CryptoError('truncated', 'sealed blob');
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC))
    throw new CryptoError('tampered', 'blob magic');
  if (bytes[MAGIC.length] !== VERSION) throw new CryptoError('unsupported-version', 'sealed blob');
  const nonce = bytes.subarray(MAGIC.length + 1, HEADER_LENGTH);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_LENGTH));
  try {
    return Buffer.concat([
      decipher.update(bytes.subarray(HEADER_LENGTH, bytes.length - TAG_LENGTH)),
      decipher.final(),
    ]);
  } catch {
    throw new CryptoError('tampered', 'sealed blob authentication');
  }
}
