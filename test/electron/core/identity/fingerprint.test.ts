import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  normaliseFingerprint,
} from '../../../../electron/core/identity/fingerprint';
import { encodeCrockfordBase32 } from '../../../../electron/core/crypto/crockford-base32';

const signingPublicKey = Buffer.from(
  'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
  'hex',
);
const ageRecipient = 'age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj';

describe('fingerprintOf', () => {
  it('hashes the domain label, the Ed25519 key and the recipient text, exactly as documented', () => {
    const digest = createHash('sha256')
      .update('QBREVIEW fingerprint v1\0')
      .update(signingPublicKey)
      .update(ageRecipient)
      .digest();
    const symbols = encodeCrockfordBase32(digest.subarray(0, 10));
    expect(fingerprintOf({ signingPublicKey, ageRecipient })).toBe(
      `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8, 12)}-${symbols.slice(12)}`,
    );
  });

  it('has the documented shape and changes with either key', () => {
    const fingerprint = fingerprintOf({ signingPublicKey, ageRecipient });
    expect(fingerprint).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const otherKey = Buffer.from(signingPublicKey);
    otherKey.writeUInt8(otherKey.readUInt8(0) ^ 1, 0);
    expect(fingerprintOf({ signingPublicKey: otherKey, ageRecipient })).not.toBe(fingerprint);
    expect(
      fingerprintOf({
        signingPublicKey,
        ageRecipient: 'age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg',
      }),
    ).not.toBe(fingerprint);
  });

  it('normalises a typed fingerprint and refuses a wrong length', () => {
    expect(normaliseFingerprint('7kq2 m9tx pa4r 3hvn')).toBe('7KQ2-M9TX-PA4R-3HVN');
    expect(normaliseFingerprint('7KQ2-M9TX-PA4R-3HVO')).toBe('7KQ2-M9TX-PA4R-3HV0');
    expect(normaliseFingerprint('7KQ2-M9TX-PA4R')).toBeNull();
    expect(normaliseFingerprint('7KQ2-M9TX-PA4R-3HVU')).toBeNull();
  });
});
