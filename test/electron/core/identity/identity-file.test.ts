import { describe, expect, it } from 'vitest';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import type { CryptoErrorCode } from '../../../../electron/core/crypto/crypto-error';
import {
  rawPublicKeyOf,
  signMessage,
  verifyMessage,
} from '../../../../electron/core/crypto/ed25519-keys';
import {
  createIdentity,
  encodeIdentityFile,
  identityFromKeys,
  readIdentityFileCard,
  unlockIdentity,
} from '../../../../electron/core/identity';
import {
  encryptToRecipients,
  decryptWithIdentity,
} from '../../../../electron/core/crypto/age-recipients';

const profile = { name: '李四', organisation: '全国质量标杆办公室', role: 'office' } as const;
/** Meets the minimum strength of a chosen passphrase; scrypt stays cheap in these tests. */
const STRONG = 'lantern orchard velvet 1927 quiver';

async function expectCode(promise: Promise<unknown>, code: CryptoErrorCode): Promise<void> {
  await expect(promise).rejects.toSatisfy((e) => isCryptoError(e, code));
}

function edit(file: Uint8Array, change: (json: Record<string, unknown>) => void): Uint8Array {
  const json = JSON.parse(Buffer.from(file).toString('utf8')) as Record<string, unknown>;
  change(json);
  return Buffer.from(JSON.stringify(json));
}

describe('identity files', () => {
  it('creates an identity whose keys sign and decrypt, and unlocks it again', async () => {
    const { identity, file } = await createIdentity(profile, STRONG, { scryptLogN: 10 });
    expect(identity.card.role).toBe('office');
    expect(Buffer.from(file).toString('utf8')).not.toContain('AGE-SECRET-KEY');
    const unlocked = await unlockIdentity(file, STRONG);
    expect(unlocked.card).toEqual(identity.card);
    expect(unlocked.ageIdentity).toBe(identity.ageIdentity);
    const signature = signMessage(unlocked.signingKey, Buffer.from('x'));
    expect(verifyMessage(rawPublicKeyOf(identity.signingKey), Buffer.from('x'), signature)).toBe(
      true,
    );
    const sealed = await encryptToRecipients(new Uint8Array(32), [identity.card.ageRecipient]);
    expect(await decryptWithIdentity(sealed, unlocked.ageIdentity)).toHaveLength(32);
  });

  it('seals the keys under scrypt 2^18 by default', async () => {
    const { file } = await createIdentity(profile, STRONG);
    const secret = JSON.parse(Buffer.from(file).toString('utf8')).secret as string;
    const { armor } = await import('age-encryption');
    expect(Buffer.from(armor.decode(secret)).toString('latin1')).toMatch(/-> scrypt \S+ 18\n/);
  });

  it('shows its public card without the passphrase', async () => {
    const { identity, file } = await createIdentity(profile, STRONG, { scryptLogN: 10 });
    expect(readIdentityFileCard(file)).toEqual(identity.card);
  });

  it('refuses to create an identity under a weak passphrase, saying why in Chinese', async () => {
    for (const [weak, reason] of [
      ['short', /口令太短/],
      ['woaini5201314', /常见/],
      ['李四全国质量标杆办公室', /个人信息/],
      ['qwertyuiopasdf', /键盘|常见/],
    ] as const) {
      await expect(createIdentity(profile, weak, { scryptLogN: 10 })).rejects.toThrow(reason);
    }
  });

  it('rejects a wrong passphrase as wrong-passphrase', async () => {
    const { file } = await createIdentity(profile, STRONG, { scryptLogN: 10 });
    await expectCode(unlockIdentity(file, 'wrong'), 'wrong-passphrase');
  });

  it('detects an edited public card as tampered', async () => {
    const { file } = await createIdentity(profile, STRONG, { scryptLogN: 10 });
    const edited = edit(file, (json) => {
      (json.card as Record<string, unknown>).name = '王五';
    });
    await expectCode(unlockIdentity(edited, STRONG), 'tampered');
  });

  it('detects a sealed part swapped in from another identity as tampered', async () => {
    const a = await createIdentity(profile, STRONG, { scryptLogN: 10 });
    const b = await createIdentity({ ...profile, name: '王五' }, STRONG, { scryptLogN: 10 });
    const bSecret = JSON.parse(Buffer.from(b.file).toString('utf8')).secret as string;
    await expectCode(
      unlockIdentity(
        edit(a.file, (json) => (json.secret = bSecret)),
        STRONG,
      ),
      'tampered',
    );
  });

  it('refuses files that are not identities, newer versions, and huge files', async () => {
    const { file } = await createIdentity(profile, STRONG, { scryptLogN: 10 });
    await expectCode(unlockIdentity(Buffer.from('not json'), 'p'), 'not-an-identity');
    await expectCode(unlockIdentity(Buffer.from('{"kind":"other"}'), 'p'), 'not-an-identity');
    await expectCode(
      unlockIdentity(
        edit(file, (json) => (json.version = 3)),
        'p',
      ),
      'unsupported-version',
    );
    await expectCode(
      unlockIdentity(
        edit(file, (json) => (json.secret = 'junk')),
        'p',
      ),
      'tampered',
    );
    await expectCode(unlockIdentity(new Uint8Array(300 * 1024).fill(32), 'p'), 'limits-exceeded');
  });

  it('refuses a sealed part asking for scrypt above 2^20 as limits-exceeded', async () => {
    const { armor, Encrypter, Stanza } = await import('age-encryption');
    const encrypter = new Encrypter();
    encrypter.addRecipient({
      wrapFileKey: () => [
        new Stanza(['scrypt', 'AAAAAAAAAAAAAAAAAAAAAA', '30'], new Uint8Array(32)),
      ],
    });
    const { file } = await createIdentity(profile, STRONG, { scryptLogN: 10 });
    const hostile = armor.encode(await encrypter.encrypt('{}'));
    await expectCode(
      unlockIdentity(
        edit(file, (json) => (json.secret = hostile)),
        STRONG,
      ),
      'limits-exceeded',
    );
  });

  it('rebuilds the same identity from the same keys', async () => {
    const { identity } = await createIdentity(profile, STRONG, { scryptLogN: 10 });
    const file = await encodeIdentityFile(identity, 'q', 10);
    const again = await identityFromKeys(
      profile,
      identity.card.createdAt,
      (await unlockIdentity(file, 'q')).signingKey
        .export({ format: 'der', type: 'pkcs8' })
        .subarray(16),
      identity.ageIdentity,
    );
    expect(again.card).toEqual(identity.card);
  });
});
