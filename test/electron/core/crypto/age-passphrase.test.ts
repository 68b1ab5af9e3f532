import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decrypter, Encrypter, Stanza } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import {
  decryptWithPassphrase,
  encryptWithPassphrase,
} from '../../../../electron/core/crypto/age-passphrase';
import { readAgeStanzas } from '../../../../electron/core/crypto/age-header';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';

const secret = Buffer.from('a 32-byte case key, for example!');

/** An age file whose one scrypt stanza claims `logN`; its body is junk, never reached. */
async function scryptFileClaiming(logN: number): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.addRecipient({
    wrapFileKey: () => [
      new Stanza(['scrypt', 'AAAAAAAAAAAAAAAAAAAAAA', String(logN)], new Uint8Array(32)),
    ],
  });
  return encrypter.encrypt(secret);
}

describe('passphrase-sealed age files', () => {
  it('round-trips and writes the work factor asked for', async () => {
    const file = await encryptWithPassphrase(secret, 'correct horse', 10);
    expect(readAgeStanzas(file)?.[0]?.args).toEqual(['scrypt', expect.any(String), '10']);
    expect(Buffer.from(await decryptWithPassphrase(file, 'correct horse'))).toEqual(secret);
  });

  it('writes 2^18 by default', async () => {
    const file = await encryptWithPassphrase(secret, 'p');
    expect(readAgeStanzas(file)?.[0]?.args[2]).toBe('18');
  });

  it('rejects a wrong passphrase as wrong-passphrase', async () => {
    const file = await encryptWithPassphrase(secret, 'right', 10);
    await expect(decryptWithPassphrase(file, 'wrong')).rejects.toSatisfy((e) =>
      isCryptoError(e, 'wrong-passphrase'),
    );
  });

  it('refuses a work factor above 2^20 before deriving anything', async () => {
    const started = performance.now();
    await expect(decryptWithPassphrase(await scryptFileClaiming(40), 'p')).rejects.toSatisfy((e) =>
      isCryptoError(e, 'limits-exceeded'),
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a scrypt stanza that is not alone in its file (age spec)', async () => {
    const encrypter = new Encrypter();
    const stanza = new Stanza(['scrypt', 'AAAAAAAAAAAAAAAAAAAAAA', '10'], new Uint8Array(32));
    encrypter.addRecipient({ wrapFileKey: () => [stanza, stanza] });
    await expect(decryptWithPassphrase(await encrypter.encrypt(secret), 'p')).rejects.toSatisfy(
      (e) => isCryptoError(e, 'tampered'),
    );
  });

  it('refuses work factors it would not write', async () => {
    await expect(encryptWithPassphrase(secret, 'p', 9)).rejects.toThrow(RangeError);
    await expect(encryptWithPassphrase(secret, 'p', 21)).rejects.toThrow(RangeError);
    await expect(encryptWithPassphrase(secret, '', 10)).rejects.toThrow(RangeError);
  });

  it('interoperates with age-encryption’s own scrypt both ways', async () => {
    const ours = await encryptWithPassphrase(secret, 'shared', 10);
    const decrypter = new Decrypter();
    decrypter.addPassphrase('shared');
    expect(Buffer.from(await decrypter.decrypt(ours))).toEqual(secret);

    const encrypter = new Encrypter();
    encrypter.setScryptWorkFactor(10);
    encrypter.setPassphrase('shared');
    expect(
      Buffer.from(await decryptWithPassphrase(await encrypter.encrypt(secret), 'shared')),
    ).toEqual(secret);
  });

  it('is decrypted by Debian’s age CLI (through a pty)', async () => {
    const file = await encryptWithPassphrase(secret, 'cli-passphrase', 10);
    // Debian's age (and script, for a terminal) is installed by .ci/run: never skipped.
    const dir = await mkdtemp(join(tmpdir(), 'qbr-age-cli-'));
    try {
      await writeFile(join(dir, 'wrap.age'), file);
      // age reads a passphrase only from a terminal; script(1) gives it one.
      execFileSync(
        'script',
        ['-qec', `age -d -o ${join(dir, 'out')} ${join(dir, 'wrap.age')}`, '/dev/null'],
        { input: 'cli-passphrase\n', stdio: ['pipe', 'ignore', 'pipe'], timeout: 20_000 },
      );
      const { readFile } = await import('node:fs/promises');
      expect(await readFile(join(dir, 'out'))).toEqual(secret);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
