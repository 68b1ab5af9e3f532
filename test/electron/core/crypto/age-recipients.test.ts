import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { readAgeStanzas } from '../../../../electron/core/crypto/age-header';
import {
  decryptWithIdentity,
  encryptToRecipients,
  isAgeIdentity,
  isAgeRecipient,
} from '../../../../electron/core/crypto/age-recipients';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';

const secret = Buffer.from('0123456789abcdef0123456789abcdef');

async function keyPair(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateIdentity();
  return { identity, recipient: await identityToRecipient(identity) };
}

describe('recipient-sealed age files', () => {
  it('wraps once for all recipients, each of whom can open it', async () => {
    const people = await Promise.all([keyPair(), keyPair(), keyPair()]);
    const file = await encryptToRecipients(
      secret,
      people.map((p) => p.recipient),
    );
    expect(readAgeStanzas(file)?.map((s) => s.args[0])).toEqual(['X25519', 'X25519', 'X25519']);
    for (const person of people) {
      expect(Buffer.from(await decryptWithIdentity(file, person.identity))).toEqual(secret);
    }
  });

  it('says not-a-recipient to anyone else', async () => {
    const [alice, mallory] = await Promise.all([keyPair(), keyPair()]);
    const file = await encryptToRecipients(secret, [alice.recipient]);
    await expect(decryptWithIdentity(file, mallory.identity)).rejects.toSatisfy((e) =>
      isCryptoError(e, 'not-a-recipient'),
    );
  });

  it('says tampered when the header MAC fails', async () => {
    const alice = await keyPair();
    const file = await encryptToRecipients(secret, [alice.recipient]);
    const text = Buffer.from(file).toString('latin1');
    const macAt = text.indexOf('--- ') + 6;
    const altered = Buffer.from(file);
    altered[macAt] = altered[macAt] === 0x41 ? 0x42 : 0x41;
    await expect(decryptWithIdentity(altered, alice.identity)).rejects.toSatisfy((e) =>
      isCryptoError(e, 'tampered'),
    );
  });

  it('validates recipients and identities, checksum included', async () => {
    const alice = await keyPair();
    expect(isAgeRecipient(alice.recipient)).toBe(true);
    expect(isAgeIdentity(alice.identity)).toBe(true);
    const last = alice.recipient.at(-1) === 'q' ? 'p' : 'q';
    expect(isAgeRecipient(alice.recipient.slice(0, -1) + last)).toBe(false);
    expect(isAgeRecipient('age1')).toBe(false);
    expect(isAgeIdentity(alice.recipient)).toBe(false);
    await expect(encryptToRecipients(secret, ['age1nope'])).rejects.toThrow(RangeError);
    await expect(encryptToRecipients(secret, [])).rejects.toThrow(RangeError);
  });

  it('is decrypted by Debian’s age CLI (age -d -i)', async () => {
    const alice = await keyPair();
    const file = await encryptToRecipients(secret, [(await keyPair()).recipient, alice.recipient]);
    // Debian's age (and script, for a terminal) is installed by .ci/run: never skipped.
    const dir = await mkdtemp(join(tmpdir(), 'qbr-age-cli-'));
    try {
      await writeFile(join(dir, 'key.txt'), `${alice.identity}\n`, { mode: 0o600 });
      await writeFile(join(dir, 'wrap.age'), file);
      const out = execFileSync('age', ['-d', '-i', join(dir, 'key.txt'), join(dir, 'wrap.age')]);
      expect(out).toEqual(secret);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
