import { describe, expect, it } from 'vitest';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import { identityCard, identityFromKeys } from '../../../../electron/core/identity/identity';
import { parseIdentityCard } from '../../../../electron/core/identity/identity-card';
import { fingerprintOf } from '../../../../electron/core/identity/fingerprint';

const AGE_IDENTITY = 'AGE-SECRET-KEY-1GQ9778VQXMMJVE8SK7J6VT8UJ4HDQAJUVSFCWCM02D8GEWQ72PVQ2Y5J33';

async function expertCard() {
  const identity = await identityFromKeys(
    { name: '张三', organisation: '某某研究院', region: '北京', role: 'expert' },
    '2025-03-01T08:00:00.000Z',
    new Uint8Array(32).fill(7),
    AGE_IDENTITY,
  );
  return identityCard(identity);
}

describe('identity card', () => {
  it('holds the public facts and both public keys, and no secret', async () => {
    const card = await expertCard();
    expect(Object.keys(card).sort()).toEqual(
      [
        'ageRecipient',
        'createdAt',
        'fingerprint',
        'kind',
        'name',
        'organisation',
        'region',
        'role',
        'selfSignature',
        'signingPublicKey',
        'version',
      ].sort(),
    );
    expect(JSON.stringify(card)).not.toContain('AGE-SECRET-KEY');
    expect(card.fingerprint).toBe(
      fingerprintOf({
        signingPublicKey: Buffer.from(card.signingPublicKey, 'base64'),
        ageRecipient: card.ageRecipient,
      }),
    );
  });

  it('parses its own JSON text back', async () => {
    const card = await expertCard();
    expect(parseIdentityCard(JSON.stringify(card))).toEqual(card);
    expect(parseIdentityCard(card)).toEqual(card);
  });

  it.each([
    ['a fingerprint that is not the keys’', { fingerprint: 'AAAA-AAAA-AAAA-AAAA' }],
    ['an unknown role', { role: 'guest' }],
    ['an empty name', { name: '  ' }],
    ['a bad recipient', { ageRecipient: 'age1qqqq' }],
    ['a short signing key', { signingPublicKey: 'AAAA' }],
    ['an extra field', { secret: 'x' }],
    ['a name changed after signing', { name: '李四' }],
    ['an organisation changed after signing', { organisation: '别的单位' }],
    ['a region changed after signing', { region: '上海' }],
    ['a region removed after signing', { region: undefined }],
    ['no self-signature', { selfSignature: undefined }],
  ])('refuses a card with %s as invalid-card', async (_, change) => {
    const card = { ...(await expertCard()), ...change };
    expect(() => parseIdentityCard(card)).toThrow(
      expect.objectContaining({ code: 'invalid-card' }),
    );
  });

  it('refuses text that is not JSON as invalid-card', () => {
    let caught: unknown;
    try {
      parseIdentityCard('{');
    } catch (error) {
      caught = error;
    }
    expect(isCryptoError(caught, 'invalid-card')).toBe(true);
  });
});
