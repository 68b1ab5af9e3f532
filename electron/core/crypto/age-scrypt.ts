/**
 * The age scrypt recipient and identity (C2SP age, "scrypt recipient stanza"), computed with
 * node:crypto instead of age-encryption's built-in ones: Node runs scrypt on its thread pool,
 * so a 2^18 derivation does not freeze Electron's main process, and the reader can refuse an
 * oversized work factor with our own typed error before spending any memory on it.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { Stanza } from 'age-encryption';
import type { Identity, Recipient } from 'age-encryption';
import { AppError } from '../../../shared/errors';
import { MAX_SCRYPT_LOG_N } from './scrypt-work-factor';

const SCRYPT_LABEL = Buffer.from('age-encryption.org/v1/scrypt', 'latin1');
const ZERO_NONCE = Buffer.alloc(12);
const SALT_LENGTH = 16;
const FILE_KEY_LENGTH = 16;
const TAG_LENGTH = 16;

function deriveWrapKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  const maxmem = 128 * N * 8 + 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(
      Buffer.from(passphrase, 'utf8'),
      Buffer.concat([SCRYPT_LABEL, salt]),
      32,
      { N, r: 8, p: 1, maxmem },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

function base64NoPad(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/=+$/, '');
}

/** Strict unpadded base64, as age requires: anything else is not canonical and is refused. */
function decodeBase64NoPad(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return base64NoPad(bytes) === text ? bytes : null;
}

export class NodeScryptRecipient implements Recipient {
  constructor(
    private readonly passphrase: string,
    private readonly logN: number,
  ) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = randomBytes(SALT_LENGTH);
    const key = await deriveWrapKey(this.passphrase, salt, this.logN);
    const cipher = createCipheriv('chacha20-poly1305', key, ZERO_NONCE, {
      authTagLength: TAG_LENGTH,
    });
    const body = Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
    return [new Stanza(['scrypt', base64NoPad(salt), String(this.logN)], body)];
  }
}

/**
 * Throws an AppError of the crypto family rather than returning null on a wrong passphrase: it is always the only
 * identity of its Decrypter, so the failure is known to be ours and can be named exactly.
 */
export class CappedScryptIdentity implements Identity {
  constructor(private readonly passphrase: string) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    const stanza = stanzas.find((s) => s.args[0] === 'scrypt');
    if (stanza === undefined) return null;
    // The age spec: a scrypt stanza must be alone, or a passphrase file could carry a second key.
    if (stanzas.length !== 1) throw new AppError('tampered', {}, 'scrypt stanza is not alone');
    const [, saltText, logNText] = stanza.args;
    if (stanza.args.length !== 3 || saltText === undefined || logNText === undefined) {
      throw new AppError('tampered', {}, 'malformed scrypt stanza');
    }
    const salt = decodeBase64NoPad(saltText);
    if (salt === null || salt.length !== SALT_LENGTH || !/^[1-9][0-9]{0,2}$/.test(logNText)) {
      throw new AppError('tampered', {}, 'malformed scrypt stanza');
    }
    const logN = Number(logNText);
    if (logN > MAX_SCRYPT_LOG_N) {
      throw new AppError(
        'limits-exceeded',
        {},
        `scrypt work factor 2^${logN} is above the cap 2^${MAX_SCRYPT_LOG_N}`,
      );
    }
    if (stanza.body.length !== FILE_KEY_LENGTH + TAG_LENGTH) {
      throw new AppError('tampered', {}, 'malformed scrypt stanza body');
    }
    const key = await deriveWrapKey(this.passphrase, salt, logN);
    const decipher = createDecipheriv('chacha20-poly1305', key, ZERO_NONCE, {
      authTagLength: TAG_LENGTH,
    });
    decipher.setAuthTag(stanza.body.subarray(FILE_KEY_LENGTH));
    try {
      return Buffer.concat([
        decipher.update(stanza.body.subarray(0, FILE_KEY_LENGTH)),
        decipher.final(),
      ]);
    } catch {
      throw new AppError('wrong-passphrase');
    }
  }
}
