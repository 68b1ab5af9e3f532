import { describe, expect, it } from 'vitest';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import { AppError } from '../../../../shared/errors';
import type { CryptoErrorCode } from '../../../../electron/core/crypto/crypto-error';

const CODES: CryptoErrorCode[] = [
  'wrong-passphrase',
  'not-a-recipient',
  'bad-signature',
  'unknown-office',
  'tampered',
  'truncated',
  'not-a-case',
  'not-an-identity',
  'invalid-card',
  'unsupported-version',
  'limits-exceeded',
  'no-such-entry',
];

describe('the crypto family of AppError', () => {
  it('gives every code its own message in Chinese and in English', () => {
    const messages = new Set<string>();
    for (const code of CODES) {
      const error = new AppError(code);
      expect(error.code).toBe(code);
      expect(error.message).toMatch(/[\u4e00-\u9fff].*\/ [A-Z][a-z]/);
      messages.add(error.message);
    }
    expect(messages.size).toBe(CODES.length);
  });

  it('appends the detail and is recognised by code', () => {
    const error = new AppError('tampered', {}, 'chunk 3');
    expect(error.message).toMatch(/\(chunk 3\)$/);
    expect(isCryptoError(error)).toBe(true);
    expect(isCryptoError(error, 'tampered')).toBe(true);
    expect(isCryptoError(error, 'truncated')).toBe(false);
    expect(isCryptoError(new Error('x'))).toBe(false);
  });
});
