import { describe, expect, it } from 'vitest';
import { readAgeStanzas } from '../../../../electron/core/crypto/age-header';

const header = (lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'latin1');
const body64 = 'A'.repeat(64);

describe('readAgeStanzas', () => {
  it('lists stanzas with multi-line and empty bodies', () => {
    const file = header([
      'age-encryption.org/v1',
      '-> X25519 abc',
      'Bjne3UybOHRgaHYbhtlFpatY1EQNAwWOguqkRZJWRe8',
      '-> custom a b',
      body64,
      '',
      '--- mac',
    ]);
    expect(readAgeStanzas(file)).toEqual([
      { args: ['X25519', 'abc'] },
      { args: ['custom', 'a', 'b'] },
    ]);
  });

  it('returns null for what is not an age header', () => {
    expect(readAgeStanzas(Buffer.from('hello\n'))).toBeNull();
    expect(readAgeStanzas(header(['age-encryption.org/v1', '-> X25519 a']))).toBeNull();
    expect(readAgeStanzas(header(['age-encryption.org/v2', '--- x']))).toBeNull();
    expect(readAgeStanzas(header(['age-encryption.org/v1', 'junk', '--- x']))).toBeNull();
    expect(readAgeStanzas(header(['age-encryption.org/v1', '-> a', body64, '--- x']))).toBeNull();
  });
});
