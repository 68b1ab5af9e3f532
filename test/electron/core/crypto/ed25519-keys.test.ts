import { describe, expect, it } from 'vitest';
import {
  PublicKeyRing,
  generateSigningKey,
  rawPublicKeyOf,
  signMessage,
  signingKeyFromSeed,
  signingSeedOf,
  verifyMessage,
} from '../../../../electron/core/crypto/ed25519-keys';
import {
  signFor,
  verifyFor,
  verifyForKey,
} from '../../../../electron/core/crypto/signature-context';

describe('Ed25519 keys', () => {
  it('matches RFC 8032 test 1 (seed → public key, empty message → signature)', () => {
    const seed = Buffer.from(
      '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
      'hex',
    );
    const key = signingKeyFromSeed(seed);
    expect(Buffer.from(rawPublicKeyOf(key)).toString('hex')).toBe(
      'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    );
    expect(Buffer.from(signMessage(key, new Uint8Array(0))).toString('hex')).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155' +
        '5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
  });

  it('round-trips the seed and verifies only the signed message', () => {
    const key = generateSigningKey();
    expect(signingSeedOf(signingKeyFromSeed(signingSeedOf(key)))).toEqual(signingSeedOf(key));
    const message = Buffer.from('案卷');
    const signature = signMessage(key, message);
    const publicKey = rawPublicKeyOf(key);
    expect(verifyMessage(publicKey, message, signature)).toBe(true);
    expect(verifyMessage(publicKey, Buffer.from('案卷!'), signature)).toBe(false);
    expect(verifyMessage(publicKey, message, signature.subarray(1))).toBe(false);
    expect(verifyMessage(new Uint8Array(32).fill(0xff), message, signature)).toBe(false);
  });

  it('verifies with a key ring’s KeyObject exactly as with the raw key, each key made once', () => {
    const key = generateSigningKey();
    const raw = rawPublicKeyOf(key);
    const base64 = Buffer.from(raw).toString('base64');
    const ring = new PublicKeyRing();
    expect(ring.keyOf(base64)).toBe(ring.keyOf(base64));
    const parts = [Buffer.from('名单'), Buffer.from('v1')];
    const signature = signFor('reviewBundle', key, parts);
    const cases: [Uint8Array[], Uint8Array][] = [
      [parts, signature],
      [[Buffer.from('名单!'), Buffer.from('v1')], signature],
      [parts, signature.subarray(1)],
      [parts, Buffer.from(signature).fill(0, 0, 1)],
    ];
    for (const [message, sig] of cases) {
      expect(verifyForKey('reviewBundle', ring.keyOf(base64), message, sig)).toBe(
        verifyFor('reviewBundle', raw, message, sig),
      );
    }
    expect(verifyForKey('reviewBundle', ring.keyOf(base64), parts, signature)).toBe(true);
    // Another context, another key, a key of the wrong length or not a point: nothing verifies.
    expect(verifyForKey('groupBundle', ring.keyOf(base64), parts, signature)).toBe(false);
    const other = Buffer.from(rawPublicKeyOf(generateSigningKey())).toString('base64');
    expect(verifyForKey('reviewBundle', ring.keyOf(other), parts, signature)).toBe(false);
    expect(ring.keyOf(Buffer.alloc(31).toString('base64'))).toBeNull();
    expect(
      verifyForKey(
        'reviewBundle',
        ring.keyOf(Buffer.alloc(31).toString('base64')),
        parts,
        signature,
      ),
    ).toBe(false);
    const notAPoint = Buffer.alloc(32, 0xff).toString('base64');
    expect(verifyForKey('reviewBundle', ring.keyOf(notAPoint), parts, signature)).toBe(false);
    expect(
      verifyMessage(
        rawPublicKeyOf(key),
        Buffer.concat([Buffer.from('QBBUNDLE review bundle v1\0', 'latin1'), ...parts]),
        signature,
      ),
    ).toBe(true);
  });
});
