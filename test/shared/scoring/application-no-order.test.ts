import { describe, expect, it } from 'vitest';
import { compareApplicationNo } from '../../../shared/scoring/application-no-order';

const sorted = (values: string[]) => [...values].sort(compareApplicationNo);

describe('compareApplicationNo', () => {
  it('compares all-digit numbers numerically', () => {
    expect(sorted(['10', '9', '100', '0011'])).toEqual(['9', '10', '0011', '100']);
  });

  it('compares digit runs inside mixed numbers numerically', () => {
    expect(sorted(['BG2021-10', 'BG2021-9', 'BG2020-99'])).toEqual([
      'BG2020-99',
      'BG2021-9',
      'BG2021-10',
    ]);
  });

  it('orders letters by code unit, not by locale', () => {
    expect(sorted(['b1', 'B1', 'a1'])).toEqual(['B1', 'a1', 'b1']);
  });

  it('separates numbers that are equal but written differently, deterministically', () => {
    expect(compareApplicationNo('007', '7')).toBe(-1);
    expect(compareApplicationNo('7', '007')).toBe(1);
    expect(compareApplicationNo('7', '7')).toBe(0);
  });

  it('stays exact beyond 2^53', () => {
    expect(compareApplicationNo('9007199254740993', '9007199254740992')).toBe(1);
  });

  it('puts a prefix before its extensions', () => {
    expect(sorted(['A1-1', 'A1'])).toEqual(['A1', 'A1-1']);
  });
});
