import { describe, expect, it } from 'vitest';
import { applicationKeyFor, contentKeyFor } from '../../../../electron/core/intake/application-key';

describe('application keys', () => {
  it('meet for full-width and lower-case spellings of one 申报编号', () => {
    expect(applicationKeyFor('Ａ２０２４-001')).toBe(applicationKeyFor('a2024-001'));
    expect(applicationKeyFor(' 2024001 ')).toBe('no:2024001');
  });

  it('fall back to the material hashes, in any order', () => {
    expect(contentKeyFor(['b', 'a'])).toBe(contentKeyFor(['a', 'b']));
    expect(contentKeyFor(['a'])).not.toBe(contentKeyFor(['a', 'b']));
    expect(contentKeyFor(['a'])).toMatch(/^content:[0-9a-f]{64}$/);
  });
});
