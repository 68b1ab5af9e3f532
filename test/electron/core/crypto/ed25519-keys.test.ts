import { describe, expect, it } from 'vitest';
import {
  generateSigningKey,
  rawPublicKeyOf,
  signMessage,
  signingKeyFromSeed,
  signingSeedOf,
  verifyMessage,
} from '../../../../electron/core/crypto/ed25519-keys';

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
});
