import { describe, expect, it } from 'vitest';
import {
  formatSize,
  latestIssuedSequence,
} from '../../../../renderer/features/sealing/sealing-rules';

describe('latestIssuedSequence', () => {
  const issued = [
    { roundId: 'material', expertId: 'e01', sequence: 1 },
    { roundId: 'material', expertId: 'e03', sequence: 1 },
    { roundId: 'material', expertId: 'e03', sequence: 2 },
    { roundId: 'defense', expertId: 'e03', sequence: 3 },
  ];

  it('gives the newest sequence of the person in the round', () => {
    expect(latestIssuedSequence(issued, 'material', 'e03')).toBe(2);
    expect(latestIssuedSequence(issued, 'defense', 'e03')).toBe(3);
    expect(latestIssuedSequence(issued, 'material', 'e01')).toBe(1);
  });

  it('is null for someone never issued a package in the round', () => {
    expect(latestIssuedSequence(issued, 'material', 'e05')).toBeNull();
    expect(latestIssuedSequence(issued, 'defense', 'e01')).toBeNull();
  });
});

describe('formatSize', () => {
  it('uses the unit that keeps the number short', () => {
    expect(formatSize(512, 'zh-CN')).toBe('512 B');
    expect(formatSize(2048, 'zh-CN')).toBe('2 KB');
    expect(formatSize(39 * 1024, 'zh-CN')).toBe('39 KB');
    expect(formatSize(1.25 * 1024 ** 2, 'en')).toBe('1.3 MB');
  });
});
